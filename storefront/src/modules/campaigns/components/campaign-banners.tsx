import type { StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, formatDate, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { campaignName, phaseAt, sessionTitle, sortByPhase, type StoreCampaign, type StoreLiveSession } from "@/lib/campaigns"
import { listCampaignsQuietly } from "@/lib/data/campaigns"
import { listLiveSessionsQuietly } from "@/lib/data/live-sessions"

/** At most this many campaign banners in a strip, so they never push the page's own content away. */
const MAX_CAMPAIGN_BANNERS = 3

function LiveBanner({ session, locale }: { session: StoreLiveSession; locale: StorefrontLocale }) {
  const t = getMessages(locale).campaigns.banner
  return (
    <Link
      href={localePath(locale, `/live/${session.handle}`)}
      className="flex min-h-11 flex-wrap items-center gap-x-3 gap-y-1 rounded-lg bg-red-700 px-4 py-3 text-white hover:bg-red-800"
    >
      <span className="inline-flex items-center gap-1 rounded bg-white px-2 py-0.5 text-xs font-bold text-red-800">
        <span aria-hidden="true" className="inline-block size-2 rounded-full bg-red-700" />
        {t.liveNow}
      </span>
      <span className="font-semibold">{sessionTitle(session, locale)}</span>
      <span className="ml-auto text-sm underline underline-offset-2">
        {t.watchLive}
        <span aria-hidden="true"> →</span>
      </span>
    </Link>
  )
}

function CampaignBanner({ campaign, locale }: { campaign: StoreCampaign; locale: StorefrontLocale }) {
  const t = getMessages(locale).campaigns
  return (
    <Link
      href={localePath(locale, `/campaigns/${campaign.handle}`)}
      className="flex min-h-11 items-center gap-4 overflow-hidden rounded-lg border border-brand-100 bg-brand-50 pr-4 text-brand-800 hover:border-brand-600"
    >
      {campaign.hero_image_url ? (
        <img src={campaign.hero_image_url} alt="" width={160} height={60} loading="lazy" className="hidden h-16 w-40 shrink-0 object-cover sm:block" />
      ) : null}
      <span className={`flex flex-1 flex-wrap items-baseline gap-x-3 gap-y-1 py-3 pl-4 ${campaign.hero_image_url ? "sm:pl-0" : ""}`}>
        <span className="text-xs font-semibold text-stone-700">{t.kind[campaign.kind] ?? campaign.kind}</span>
        <span className="font-bold">{campaignName(campaign, locale)}</span>
        <span className="text-sm text-stone-700">
          {campaign.ends_at ? format(t.banner.runningUntil, { date: formatDate(campaign.ends_at, locale) }) : t.phase.running}
        </span>
      </span>
      <span className="text-sm font-semibold underline underline-offset-2">
        {t.viewCampaign}
        <span aria-hidden="true"> →</span>
      </span>
    </Link>
  )
}

function BannerStrip({
  label,
  sessions,
  campaigns,
  locale,
}: {
  label: string
  sessions: StoreLiveSession[]
  campaigns: StoreCampaign[]
  locale: StorefrontLocale
}) {
  if (!sessions.length && !campaigns.length) return null
  return (
    <section aria-label={label}>
      <ul className="space-y-2">
        {sessions.map((s) => (
          <li key={`live-${s.handle}`}>
            <LiveBanner session={s} locale={locale} />
          </li>
        ))}
        {campaigns.map((c) => (
          <li key={`campaign-${c.handle}`}>
            <CampaignBanner campaign={c} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * The home page strip: a "直播中" banner per streaming session and the running campaigns. Renders
 * nothing when there are none or the campaign routes cannot be reached.
 */
export async function HomeCampaignBanners({ locale }: { locale: StorefrontLocale }) {
  const [campaigns, sessions] = await Promise.all([listCampaignsQuietly(locale), listLiveSessionsQuietly(locale)])
  const now = new Date()
  const running = sortByPhase(campaigns, now).filter((c) => phaseAt(c, now) === "running")
  const live = sortByPhase(sessions, now).filter((s) => phaseAt(s, now) === "running")
  return (
    <BannerStrip
      label={getMessages(locale).campaigns.banner.label}
      sessions={live}
      campaigns={running.slice(0, MAX_CAMPAIGN_BANNERS)}
      locale={locale}
    />
  )
}

/** On a brand page: the running campaigns that feature this brand; nothing otherwise. */
export async function BrandCampaignBanners({ locale, brand }: { locale: StorefrontLocale; brand: { id: string; handle: string } }) {
  const campaigns = await listCampaignsQuietly(locale)
  const now = new Date()
  const featuring = sortByPhase(campaigns, now).filter(
    (c) => phaseAt(c, now) === "running" && (c.featured_brands ?? []).some((b) => b.id === brand.id || b.handle === brand.handle)
  )
  return (
    <BannerStrip
      label={getMessages(locale).campaigns.banner.brandLabel}
      sessions={[]}
      campaigns={featuring.slice(0, MAX_CAMPAIGN_BANNERS)}
      locale={locale}
    />
  )
}
