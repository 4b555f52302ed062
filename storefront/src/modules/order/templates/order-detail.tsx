import type { HttpTypes } from "@medusajs/types"
import { buildTotalsView, type InvoiceRequest, type StorefrontLocale } from "@seleno/domain"
import type { ReactNode } from "react"
import { format, getMessages } from "@/i18n"
import type { OrderPart } from "@/lib/data/order-parts"
import { OrderTotals } from "@/modules/common/components/order-totals"
import { OrderParts } from "@/modules/order/components/order-parts"

/**
 * An order's items and totals, address, shipping, invoice and parts: the body of the confirmation
 * page and of the account's order page. `children` goes after the parts (e.g. after-sales links).
 */
export function OrderDetail({
  order,
  invoice,
  invoiceSlot,
  parts,
  locale,
  children,
}: {
  order: HttpTypes.StoreOrder
  invoice: InvoiceRequest | null
  /** Extra invoice content (the issued e-invoice's download link). */
  invoiceSlot?: ReactNode
  parts: OrderPart[]
  locale: StorefrontLocale
  children?: ReactNode
}) {
  const t = getMessages(locale).order
  const address = order.shipping_address
  return (
    <>
      <section aria-labelledby="order-items" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="order-items" className="font-semibold text-stone-900">
          {t.items}
        </h2>
        <div className="mt-3">
          <OrderTotals view={buildTotalsView(order)} locale={locale} testIdPrefix="order" showLines paid />
        </div>
      </section>

      <div className="grid gap-4 sm:grid-cols-2">
        {address ? (
          <section aria-labelledby="order-address" className="rounded-lg border border-stone-200 bg-white p-4">
            <h2 id="order-address" className="font-semibold text-stone-900">
              {t.shippingAddress}
            </h2>
            <address className="mt-2 space-y-1 not-italic" data-testid="order-address">
              <p>
                {t.recipient}: {[address.first_name, address.last_name].filter(Boolean).join(" ")}
              </p>
              <p>
                {t.phone}: {address.phone}
              </p>
              <p>{[address.province, address.city, address.address_2].filter(Boolean).join(" ")}</p>
              <p>{address.address_1}</p>
              <p>{address.postal_code}</p>
            </address>
          </section>
        ) : null}
        <section aria-labelledby="order-shipping" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="order-shipping" className="font-semibold text-stone-900">
            {t.shippingMethod}
          </h2>
          <ul className="mt-2" data-testid="order-shipping-method">
            {(order.shipping_methods ?? []).map((m) => (
              <li key={m.id}>{m.name}</li>
            ))}
          </ul>
          {invoice?.title ? (
            <div data-testid="order-invoice">
              <h2 className="mt-4 font-semibold text-stone-900">{t.invoice}</h2>
              <p className="mt-1">
                {invoice.taxpayer_id
                  ? format(t.invoiceValue, { title: invoice.title, taxpayerId: invoice.taxpayer_id })
                  : format(t.invoicePersonal, { title: invoice.title })}
              </p>
              {invoiceSlot}
            </div>
          ) : null}
        </section>
      </div>

      <OrderParts parts={parts} locale={locale} />
      {children}
    </>
  )
}
