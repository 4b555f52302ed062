import "server-only"
import type { StorefrontLocale } from "@seleno/domain"
import { cache } from "react"
import type { StoreCampaign } from "@/lib/campaigns"
import { cachedAs, isNotFoundError, sdk, storeHeaders } from "./medusa"

/** Running and upcoming campaigns (GET /store/campaigns), running first, then by start date. */
export const listCampaigns = cache(async (locale: StorefrontLocale): Promise<StoreCampaign[]> => {
  const { campaigns } = await sdk().client.fetch<{ campaigns: StoreCampaign[] }>("/store/campaigns", {
    headers: storeHeaders(locale),
    ...cachedAs("campaigns"),
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
      ...cachedAs("campaigns"),
    })
    return campaign
  } catch (error) {
    if (isNotFoundError(error)) return undefined
    throw error
  }
})
