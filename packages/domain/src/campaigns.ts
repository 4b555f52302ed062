/** The kinds of campaign marketing staff run, named in the seeds (硒博会, 品牌推广周, 一县一品, 直播带货, 推介会). */
export const CAMPAIGN_KINDS = ["expo", "brand_week", "county_showcase", "live", "roadshow"] as const
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number]

export type CampaignPhase = "upcoming" | "running" | "ended"

/**
 * Where a campaign (or live session) stands at `now`: campaigns start and end on their own at their
 * dates, so the phase is always worked out when read, never stored. A missing start means it began
 * when created; a missing end means it runs until someone ends it.
 */
export function campaignPhase(
  window: { starts_at?: string | Date | null; ends_at?: string | Date | null },
  now: Date = new Date(),
): CampaignPhase {
  const at = now.getTime()
  if (window.starts_at && new Date(window.starts_at).getTime() > at) return "upcoming"
  if (window.ends_at && new Date(window.ends_at).getTime() <= at) return "ended"
  return "running"
}

/**
 * First-touch attribution: a shopper's cart and order belong to the first campaign link they
 * arrived through within this many days before the cart was made.
 */
export const ATTRIBUTION_WINDOW_DAYS = 7

/** The query parameters a campaign link carries; `utm_campaign` holds the campaign's handle. */
export const UTM_PARAMETERS = ["utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term"] as const
export type UtmParameter = (typeof UTM_PARAMETERS)[number]
