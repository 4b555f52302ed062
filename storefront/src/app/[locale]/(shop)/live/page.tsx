import type { Metadata } from "next"
import { getMessages, resolveLocale } from "@/i18n"
import { phaseAt } from "@/lib/campaigns"
import { listLiveSessions } from "@/lib/data/live-sessions"
import { alternatesFor } from "@/lib/site"
import { LiveSessionList } from "@/modules/campaigns/components/live-session-list"

export async function generateMetadata({ params }: PageProps<"/[locale]/live">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).campaigns.live
  return { title: t.listTitle, description: t.listIntro, alternates: alternatesFor(locale, "/live") }
}

export default async function LiveSessionsPage({ params }: PageProps<"/[locale]/live">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).campaigns.live
  const now = new Date()
  // A cached answer may still hold a session that has ended since.
  const sessions = (await listLiveSessions(locale)).filter((s) => phaseAt(s, now) !== "ended")
  return (
    <div>
      <h1 className="text-2xl font-bold text-stone-900">{t.listTitle}</h1>
      <p className="mt-2 max-w-prose text-stone-700">{t.listIntro}</p>
      <div className="mt-8">
        {sessions.length ? (
          <LiveSessionList sessions={sessions} locale={locale} now={now} label={t.listTitle} headingLevel={2} />
        ) : (
          <p className="rounded-md bg-white p-6 text-stone-700">{t.listEmpty}</p>
        )}
      </div>
    </div>
  )
}
