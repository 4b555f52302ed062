import "server-only"
import type { StorefrontLocale } from "@seleno/domain"
import { offersByProduct, offersByVariant, parseOffers, type CampaignOffer } from "@/lib/offers"
import { cachedAs, errorStatus, sdk, storeHeaders } from "./medusa"

const MAX_IDS = 100

/**
 * Running campaigns' automatic discounts for a page of products, in ONE request. Prices are a
 * nicety on top of the regular ones: when the call fails the page shows regular prices (no
 * offers) instead of an error.
 */
async function fetchCampaignOffers(locale: StorefrontLocale, productIds: readonly string[]): Promise<CampaignOffer[]> {
  const ids = [...new Set(productIds)].filter(Boolean)
  if (!ids.length) return []
  // The route takes at most 100 ids; a page of products is far fewer, a brand's whole range may not be.
  const chunks: string[][] = []
  for (let i = 0; i < ids.length; i += MAX_IDS) chunks.push(ids.slice(i, i + MAX_IDS))
  try {
    const bodies = await Promise.all(
      chunks.map((chunk) =>
        sdk().client.fetch<unknown>("/store/campaign-offers", {
          query: { product_ids: chunk.join(",") },
          headers: storeHeaders(locale),
          ...cachedAs("campaigns", "live-sessions", "catalog"),
        })
      )
    )
    return bodies.flatMap(parseOffers)
  } catch (error) {
    console.error("campaign offers failed", errorStatus(error), error instanceof Error ? error.message : error)
    return []
  }
}

/** Offers for these products by variant id (product cards and the product page). */
export async function listCampaignOffers(
  locale: StorefrontLocale,
  productIds: readonly string[]
): Promise<Map<string, CampaignOffer[]>> {
  return offersByVariant(await fetchCampaignOffers(locale, productIds))
}

/** Offers for these products by product id (search results, which know no variants). */
export async function listCampaignOffersByProduct(
  locale: StorefrontLocale,
  productIds: readonly string[]
): Promise<Map<string, CampaignOffer[]>> {
  return offersByProduct(await fetchCampaignOffers(locale, productIds))
}
