/** A price as shown: plain, or was/now with the reason it is lower (a campaign's name or the live-session label). */
export interface PriceDisplay {
  now: string
  /** The price before the discount; null when the price is not discounted. */
  was: string | null
  /** "硒博会特惠", "直播价" … ; null for a regular price. */
  label: string | null
  /** The whole discounted price in one sentence for screen readers ("原价 ¥95.00，现价 ¥85.50"). */
  spoken: string | null
  source: "regular" | "session" | "campaign"
}

/**
 * The one price component of product cards and the product page. Without a discount it is just the
 * price text; with one, the new price, the struck-through old price (<del>) and the campaign's name,
 * read out as a single sentence instead of the visual pieces. No hooks: used by server and client
 * components alike.
 */
export function CampaignPrice({ price, size = "md" }: { price: PriceDisplay; size?: "md" | "lg" }) {
  const sizeClass = size === "lg" ? "text-2xl font-bold" : "font-semibold"
  if (!price.was)
    return (
      <span className={`${sizeClass} text-earth-700`} data-testid="price-now">
        {price.now}
      </span>
    )
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2 gap-y-1" data-price-source={price.source}>
      {price.label ? (
        <span className="rounded bg-danger-700 px-1.5 py-0.5 text-xs font-semibold text-white" aria-hidden="true" data-testid="price-label">
          {price.label}
        </span>
      ) : null}
      <span className={`${sizeClass} text-danger-700`} aria-hidden="true" data-testid="price-now">
        {price.now}
      </span>
      <del className="text-sm font-normal text-stone-600" aria-hidden="true" data-testid="price-was">
        {price.was}
      </del>
      <span className="sr-only">{price.spoken}</span>
    </span>
  )
}
