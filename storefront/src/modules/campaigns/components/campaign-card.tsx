import type { StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, formatDate, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { campaignName, phaseAt, type StoreCampaign } from "@/lib/campaigns"
import { LiveBadge, PhaseBadge } from "./badges"

/** "2026年11月28日 10:00 至 2026年12月29日 10:00" in the page's language. */
export function campaignDates(item: { starts_at: string | null; ends_at: string | null }, locale: StorefrontLocale): string {
  const t = getMessages(locale).campaigns
  const when = (value: string | null) => (value ? formatDate(value, locale, true) : "—")
  return format(t.dates, { start: when(item.starts_at), end: when(item.ends_at) })
}

/** True when one of the campaign's live sessions is streaming at `now`. */
export function hasLiveSession(campaign: StoreCampaign, now: Date): boolean {
  return (campaign.live_sessions ?? []).some((s) => phaseAt(s, now) === "running")
}

/** One campaign in the list; the whole card is one link to its landing page. */
export function CampaignCard({ campaign, locale, now }: { campaign: StoreCampaign; locale: StorefrontLocale; now: Date }) {
  const t = getMessages(locale).campaigns
  const name = campaignName(campaign, locale)
  const phase = phaseAt(campaign, now)
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white focus-within:ring-2 focus-within:ring-blue-700">
      {campaign.hero_image_url ? (
        <img src={campaign.hero_image_url} alt="" width={800} height={300} loading="lazy" className="aspect-[8/3] w-full bg-brand-50 object-cover" />
      ) : (
        <div className="aspect-[8/3] w-full bg-brand-50" aria-hidden="true" />
      )}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="flex flex-wrap items-center gap-2">
          <PhaseBadge phase={phase} locale={locale} />
          {hasLiveSession(campaign, now) ? <LiveBadge locale={locale} /> : null}
          <span className="text-sm text-stone-700">
            <span className="sr-only">{t.kindLabel} </span>
            {t.kind[campaign.kind] ?? campaign.kind}
          </span>
        </p>
        <h2 className="text-lg font-bold text-stone-900">
          <Link href={localePath(locale, `/campaigns/${campaign.handle}`)} className="after:absolute after:inset-0 hover:underline focus:outline-none">
            {name}
          </Link>
        </h2>
        <p className="mt-auto text-sm text-stone-700">
          <span className="sr-only">{t.datesLabel} </span>
          {campaignDates(campaign, locale)}
        </p>
      </div>
    </article>
  )
}
