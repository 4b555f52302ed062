import { formatPrice, type StorefrontLocale } from "@seleno/domain"
import type { PortalProduct } from "@/lib/data/portal-products"

type Labels = { stockColumns: { variant: string; price: string; stocked: string; reserved: string; sellable: string }; lowStock: string; threshold: string }

/** A listing's variants with price and stock: stocked, reserved and sellable apart, and the low-stock mark. */
export function VariantStockTable({ locale, variants, labels }: { locale: StorefrontLocale; variants: PortalProduct["variants"]; labels: Labels }) {
  const c = labels.stockColumns
  return (
    <table className="w-full text-left text-sm" data-testid="variant-stock">
      <thead>
        <tr className="text-stone-700">
          <th scope="col" className="pr-3 font-medium">{c.variant}</th>
          <th scope="col" className="pr-3 text-right font-medium">{c.price}</th>
          <th scope="col" className="pr-3 text-right font-medium">{c.stocked}</th>
          <th scope="col" className="pr-3 text-right font-medium">{c.reserved}</th>
          <th scope="col" className="pr-3 text-right font-medium">{c.sellable}</th>
        </tr>
      </thead>
      <tbody>
        {variants.map((v) => (
          <tr key={v.id} data-testid="variant-stock-row">
            <td className="pr-3">{v.title}</td>
            <td className="pr-3 text-right">{v.price !== null ? formatPrice(v.price, locale, v.currency_code) : "—"}</td>
            <td className="pr-3 text-right" data-testid="stock-stocked">{v.stock}</td>
            <td className="pr-3 text-right" data-testid="stock-reserved">{v.reserved}</td>
            <td className="pr-3 text-right" data-testid="stock-sellable">
              {v.sellable}
              {v.low_stock ? (
                <span className="ml-2 rounded border border-danger-700 bg-red-50 px-1.5 py-0.5 text-xs text-danger-700" title={`${labels.threshold} ${v.low_stock_threshold}`} data-testid="low-stock">
                  {labels.lowStock}
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
