import type { HttpTypes } from "@medusajs/types"
import type { CampaignOffer, StorefrontLocale } from "@seleno/domain"

export type { CampaignOffer } from "@seleno/domain"

/** What a variant sells at: the price to pay, the price it was (only when lower now) and why it is lower. */
export type PricePick =
  | { amount: number; original: null; source: "regular" }
  | { amount: number; original: number; source: "session" }
  | { amount: number; original: number; source: "campaign"; campaign: CampaignOffer["campaign"] }

type CalculatedPrice = HttpTypes.StoreProductVariant["calculated_price"]

/** Offers grouped by variant id (a variant may be in several running campaigns). */
export function offersByVariant(offers: readonly CampaignOffer[]): Map<string, CampaignOffer[]> {
  const map = new Map<string, CampaignOffer[]>()
  for (const offer of offers) {
    const list = map.get(offer.variant_id)
    if (list) list.push(offer)
    else map.set(offer.variant_id, [offer])
  }
  return map
}

function isAmount(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0
}

/**
 * The price of one variant. A live session's price reaches us as Medusa's calculated price from a
 * "sale" price list (below the original); a campaign's automatic promotion as an offer. When both
 * apply the cheaper one is shown, since that is what the shopper is told they will pay; an offer
 * that is not below the current price is no deal and is ignored.
 */
export function pickVariantPrice(calculated: CalculatedPrice | undefined, offers: readonly CampaignOffer[] = []): PricePick | null {
  const current = calculated?.calculated_amount
  const original = calculated?.original_amount
  let base: PricePick | null = null
  if (isAmount(current)) {
    const onSale =
      calculated?.calculated_price?.price_list_type === "sale" && isAmount(original) && current < original
    base = onSale ? { amount: current, original, source: "session" } : { amount: current, original: null, source: "regular" }
  }
  return withOffers(base, offers)
}

/** The cheapest of `base` and the offers that are real discounts. */
function withOffers(base: PricePick | null, offers: readonly CampaignOffer[]): PricePick | null {
  let pick = base
  for (const offer of offers) {
    if (!isAmount(offer.amount) || !isAmount(offer.original_amount) || offer.amount >= offer.original_amount) continue
    if (pick && offer.amount >= pick.amount) continue
    pick = { amount: offer.amount, original: offer.original_amount, source: "campaign", campaign: offer.campaign }
  }
  return pick
}

/** The cheapest variant's price of a product (the "from" price a card shows), or null when nothing is priced. */
export function pickProductPrice(
  variants: readonly Pick<HttpTypes.StoreProductVariant, "id" | "calculated_price">[],
  offers: ReadonlyMap<string, readonly CampaignOffer[]>
): PricePick | null {
  let best: PricePick | null = null
  for (const variant of variants) {
    const pick = pickVariantPrice(variant.calculated_price, offers.get(variant.id) ?? [])
    if (pick && (!best || pick.amount < best.amount)) best = pick
  }
  return best
}

/** Offers grouped by product id (search results know products, not variants). */
export function offersByProduct(offers: readonly CampaignOffer[]): Map<string, CampaignOffer[]> {
  const map = new Map<string, CampaignOffer[]>()
  for (const offer of offers) {
    const list = map.get(offer.product_id)
    if (list) list.push(offer)
    else map.set(offer.product_id, [offer])
  }
  return map
}

/**
 * A listed product's lowest price when only its regular lowest price is known (a search hit):
 * the cheapest campaign offer among its variants wins when below that price.
 */
export function pickListedPrice(regular: number | null, offers: readonly CampaignOffer[] = []): PricePick | null {
  return withOffers(isAmount(regular) ? { amount: regular, original: null, source: "regular" } : null, offers)
}

/** A campaign's name in the shopper's language (English falls back to the Chinese name). */
export function campaignName(campaign: CampaignOffer["campaign"], locale: StorefrontLocale): string {
  return locale === "en" && campaign.name_en?.trim() ? campaign.name_en : campaign.name
}

/** Reads GET /store/campaign-offers defensively: entries without the fields we need are dropped. */
export function parseOffers(body: unknown): CampaignOffer[] {
  const list = (body as { offers?: unknown } | null)?.offers
  if (!Array.isArray(list)) return []
  return list.filter((o): o is CampaignOffer => {
    if (o === null || typeof o !== "object") return false
    const offer = o as Partial<CampaignOffer>
    return (
      typeof offer.product_id === "string" &&
      typeof offer.variant_id === "string" &&
      isAmount(offer.amount) &&
      isAmount(offer.original_amount) &&
      typeof offer.campaign?.name === "string"
    )
  })
}

/** Why the backend's coupon check refused a code (400 `{ type: "invalid_data", reason, message }`). */
export const COUPON_REASONS = ["unknown", "not_started", "ended", "used_up", "budget_spent"] as const
export type CouponReason = (typeof COUPON_REASONS)[number]

/** Codes are A-Z0-9_- (uppercase); shoppers type them with spaces or in lowercase. */
export function normalizeCouponCode(raw: unknown): string {
  return String(raw ?? "")
    .replace(/\s+/g, "")
    .toUpperCase()
    .slice(0, 64)
}

export function couponReason(body: unknown): CouponReason | null {
  const reason = (body as { reason?: unknown } | null)?.reason
  return typeof reason === "string" && (COUPON_REASONS as readonly string[]).includes(reason) ? (reason as CouponReason) : null
}

type CartPromotionFacts = {
  promotions?: readonly { code?: string | null; is_automatic?: boolean | null }[] | null
  items?: readonly { adjustments?: readonly { code?: string | null }[] | null }[] | null
  shipping_methods?: readonly { adjustments?: readonly { code?: string | null }[] | null }[] | null
}

/**
 * Whether a code discounts something in the cart. Medusa accepts a known, running code that
 * matches none of the items but keeps it only when it produced an adjustment, so the code is
 * missing from the cart's promotions (and adjustments) afterwards.
 */
export function isCouponApplied(cart: CartPromotionFacts, code: string): boolean {
  const wanted = code.toUpperCase()
  const same = (c: string | null | undefined) => (c ?? "").toUpperCase() === wanted
  if ((cart.promotions ?? []).some((p) => same(p.code))) return true
  const adjustments = [...(cart.items ?? []), ...(cart.shipping_methods ?? [])].flatMap((x) => x.adjustments ?? [])
  return adjustments.some((a) => same(a.code))
}

/** The codes the shopper entered (automatic campaign promotions are not theirs to remove), sorted. */
export function enteredCouponCodes(cart: CartPromotionFacts): string[] {
  const codes = (cart.promotions ?? []).filter((p) => !p.is_automatic && p.code).map((p) => p.code as string)
  return [...new Set(codes)].sort()
}
