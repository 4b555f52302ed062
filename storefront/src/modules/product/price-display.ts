import { formatPrice, type StorefrontLocale } from "@seleno/domain"
import { format, getMessages } from "@/i18n"
import { campaignName, pickListedPrice, type CampaignOffer, type PricePick } from "@/lib/offers"
import type { PriceDisplay } from "./components/campaign-price"

/**
 * The texts of a picked price. `from` marks a list's lowest price of several variants ("¥85.50 起"):
 * the old price shown next to it is that same variant's.
 */
export function priceDisplay(pick: PricePick, locale: StorefrontLocale, options: { from?: boolean } = {}): PriceDisplay {
  const t = getMessages(locale)
  const money = (amount: number) => formatPrice(amount, locale)
  const now = options.from ? format(t.product.fromPrice, { price: money(pick.amount) }) : money(pick.amount)
  if (pick.source === "regular") return { now, was: null, label: null, spoken: null, source: "regular" }
  const label = pick.source === "campaign" ? campaignName(pick.campaign, locale) : t.offers.price.sessionLabel
  const was = money(pick.original)
  return {
    now,
    was,
    label,
    spoken: format(t.offers.price.labelledWasNow, { label, was, now }),
    source: pick.source,
  }
}

/** A search hit's price ("¥60.00 起" when its variants differ), with a running campaign's discount. */
export function listedPriceDisplay(
  hit: { price_min: number | null; price_max: number | null },
  offers: readonly CampaignOffer[] | undefined,
  locale: StorefrontLocale
): PriceDisplay | null {
  const pick = pickListedPrice(hit.price_min, offers)
  if (!pick) return null
  const several = hit.price_max !== null && hit.price_min !== null && hit.price_max > hit.price_min
  return priceDisplay(pick, locale, { from: several })
}
