import "server-only"
import type { StorefrontLocale } from "@seleno/domain"
import { cache } from "react"
import type { StoreCampaign } from "@/lib/campaigns"
import { isNotFoundError, sdk, storeHeaders } from "./medusa"

/**
 * Seconds a campaign answer may be reused. Short, because campaigns start, end and are edited by
 * marketing staff while shoppers browse; the phase itself is recomputed from the dates on every render.
 * CAMPAIGN_CACHE_SECONDS=0 turns the reuse off (e.g. for end-to-end runs that edit campaigns).
 */
export function campaignCacheSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.CAMPAIGN_CACHE_SECONDS)
  return env.CAMPAIGN_CACHE_SECONDS !== undefined && env.CAMPAIGN_CACHE_SECONDS !== "" && Number.isFinite(configured) && configured >= 0
    ? configured
    : 30
}

export const CAMPAIGNS_TAG = "campaigns"

/** Running and upcoming campaigns (GET /store/campaigns), running first, then by start date. */
export const listCampaigns = cache(async (locale: StorefrontLocale): Promise<StoreCampaign[]> => {
  const { campaigns } = await sdk().client.fetch<{ campaigns: StoreCampaign[] }>("/store/campaigns", {
    headers: storeHeaders(locale),
    next: { revalidate: campaignCacheSeconds(), tags: [CAMPAIGNS_TAG] },
  })
  return campaigns
})

/**
 * The same list for banners: a banner is an extra, so any failure (backend down, route missing)
 * means no banner rather than a broken page.
 */
export async function listCampaignsQuietly(locale: StorefrontLocale): Promise<StoreCampaign[]> {
  try {
    const campaigns = await listCampaigns(locale)
    return Array.isArray(campaigns) ? campaigns : []
  } catch {
    return []
  }
}

/** One campaign by handle, also after it has ended; undefined when the backend knows no such campaign. */
export const getCampaign = cache(async (locale: StorefrontLocale, handle: string): Promise<StoreCampaign | undefined> => {
  try {
    const { campaign } = await sdk().client.fetch<{ campaign: StoreCampaign }>(`/store/campaigns/${encodeURIComponent(handle)}`, {
      headers: storeHeaders(locale),
      next: { revalidate: campaignCacheSeconds(), tags: [CAMPAIGNS_TAG, `${CAMPAIGNS_TAG}:${handle}`] },
    })
    return campaign
  } catch (error) {
    if (isNotFoundError(error)) return undefined
    throw error
  }
})
