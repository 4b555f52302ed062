import type { StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { phaseAt, sessionTitle, sortByPhase, type StoreLiveSession } from "@/lib/campaigns"
import { LiveBadge, PhaseBadge } from "./badges"
import { campaignDates } from "./campaign-card"

/** A campaign's live sessions, each linking to its session page, streaming ones first. */
export function LiveSessionList({
  sessions,
  locale,
  now,
  label,
  headingLevel = 3,
}: {
  sessions: StoreLiveSession[]
  locale: StorefrontLocale
  now: Date
  label: string
  headingLevel?: 2 | 3
}) {
  const t = getMessages(locale).campaigns
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <ul aria-label={label} className="grid gap-3 sm:grid-cols-2">
      {sortByPhase(sessions, now).map((session) => {
        const phase = phaseAt(session, now)
        return (
          <li key={session.handle} className="rounded-lg border border-stone-200 bg-white p-4">
            <p className="flex flex-wrap items-center gap-2">{phase === "running" ? <LiveBadge locale={locale} /> : <PhaseBadge phase={phase} locale={locale} />}</p>
            <Heading className="mt-2 font-semibold text-stone-900">
              <Link href={localePath(locale, `/live/${session.handle}`)} className="link">
                {sessionTitle(session, locale)}
              </Link>
            </Heading>
            <p className="mt-1 text-sm text-stone-700">
              {format(t.live.hostLine, { host: session.host })}
            </p>
            <p className="text-sm text-stone-700">
              <span className="sr-only">{t.live.timeLabel} </span>
              {campaignDates(session, locale)}
            </p>
          </li>
        )
      })}
    </ul>
  )
}
