import { fenToAmount, formatPrice, type StorefrontLocale, type TotalsView } from "@seleno/domain"
import { format, getMessages } from "@/i18n"

/**
 * The one rendering of what a cart or order costs (built by buildTotalsView from Medusa's
 * computed totals): the items at their listed prices, each discount by its code, each parcel's
 * shipping, the total and the VAT it includes. The parts shown add up to the total, to the fen.
 * `testIdPrefix` keeps each page's test ids (cart-total, checkout-total, order-total …).
 */
export function OrderTotals({
  view,
  locale,
  testIdPrefix,
  showLines = false,
  paid = false,
}: {
  view: TotalsView
  locale: StorefrontLocale
  testIdPrefix: string
  /** List each line (checkout and order pages; the cart lists its lines itself). */
  showLines?: boolean
  /** An order: the total was paid rather than to pay. */
  paid?: boolean
}) {
  const t = getMessages(locale).totals
  const money = (fen: number) => formatPrice(fenToAmount(fen), locale, view.currency_code)
  const id = (name: string) => `${testIdPrefix}-${name}`
  return (
    <div data-testid={id("totals")}>
      {showLines ? (
        <ul className="space-y-2 text-sm" aria-label={t.items}>
          {view.items.map((line) => {
            const title = [line.title, line.variant_title].filter(Boolean).join(" · ")
            return (
              <li key={line.id} className="flex justify-between gap-2" data-testid={id("line")}>
                <span>{format(t.line, { title, quantity: line.quantity })}</span>
                <span className="shrink-0 text-right">
                  <span data-testid={id("line-amount")}>{money(line.original_fen)}</span>
                  {line.paid_fen !== line.original_fen ? (
                    <span className="block text-xs text-brand-800" data-testid={id("line-paid")}>
                      {format(t.linePaid, { amount: money(line.paid_fen) })}
                    </span>
                  ) : null}
                </span>
              </li>
            )
          })}
        </ul>
      ) : null}
      <dl aria-label={t.label} className={`grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 text-sm ${showLines ? "mt-3 border-t border-stone-200 pt-3" : ""}`}>
        <dt>{t.items}</dt>
        <dd className="text-right" data-testid={id("subtotal")}>
          {money(view.items_fen)}
        </dd>
        {view.discounts.map((d) => (
          <div key={d.code ?? "-"} className="contents" data-testid={id("discount-row")} data-code={d.code ?? ""}>
            <dt className="text-brand-800">
              {d.code ? (d.name ? format(t.discountNamed, { name: d.name, code: d.code }) : format(t.discount, { code: d.code })) : t.discountOther}
            </dt>
            <dd className="text-right text-brand-800" data-testid={id("discount")}>
              −{money(d.amount_fen)}
            </dd>
          </div>
        ))}
        {view.shipping.length ? (
          view.shipping.map((m) => (
            <div key={m.id} className="contents" data-testid={id("shipping-row")}>
              <dt>
                {t.shipping} · {m.name}
              </dt>
              <dd className="text-right" data-testid={id("shipping")}>
                {money(m.amount_fen)}
              </dd>
            </div>
          ))
        ) : (
          <>
            <dt className="text-stone-700">{t.shippingNone}</dt>
            <dd className="text-right text-stone-700">—</dd>
          </>
        )}
        <dt className="border-t border-stone-200 pt-2 font-semibold">{paid ? t.totalPaid : t.total}</dt>
        <dd className="border-t border-stone-200 pt-2 text-right font-semibold" data-testid={id("total")}>
          {money(view.total_fen)}
        </dd>
        {view.tax_included_fen ? (
          <dd className="col-span-2 text-right text-xs text-stone-700" data-testid={id("tax")}>
            {format(t.taxIncluded, { amount: money(view.tax_included_fen) })}
          </dd>
        ) : null}
      </dl>
    </div>
  )
}
