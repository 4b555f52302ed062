import "server-only"
import type { StorefrontLocale } from "@seleno/domain"
import { offersByVariant, parseOffers, type CampaignOffer } from "@/lib/offers"
import { errorStatus, sdk, storeHeaders } from "./medusa"

/**
 * Running campaigns' automatic discounts for a page of products, in ONE request, grouped by
 * variant. Prices are a nicety on top of the regular ones: when the call fails the page shows
 * regular prices (empty map) instead of an error.
 */
export async function listCampaignOffers(
  locale: StorefrontLocale,
  productIds: readonly string[]
): Promise<Map<string, CampaignOffer[]>> {
  const ids = [...new Set(productIds)].filter(Boolean)
  if (!ids.length) return new Map()
  try {
    const body = await sdk().client.fetch<unknown>("/store/campaign-offers", {
      query: { product_ids: ids.join(",") },
      headers: storeHeaders(locale),
    })
    return offersByVariant(parseOffers(body))
  } catch (error) {
    console.error("campaign offers failed", errorStatus(error), error instanceof Error ? error.message : error)
    return new Map()
  }
}
