import { formatPrice } from "@seleno/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { format, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { retrieveOrderParts } from "@/lib/data/order-parts"
import { retrieveInvoiceRequest, retrieveOrder } from "@/lib/data/orders"
import { OrderParts } from "@/modules/order/components/order-parts"

export async function generateMetadata({ params }: PageProps<"/[locale]/order/confirmed/[id]">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).order.metaTitle, robots: { index: false } }
}

export default async function OrderConfirmedPage({ params }: PageProps<"/[locale]/order/confirmed/[id]">) {
  const { locale: raw, id } = await params
  const locale = resolveLocale(raw)
  const t = getMessages(locale).order
  const [order, invoice, parts] = await Promise.all([retrieveOrder(locale, id), retrieveInvoiceRequest(id), retrieveOrderParts(id)])
  if (!order) notFound()
  const money = (amount: number | null | undefined) => formatPrice(amount ?? 0, locale, order.currency_code ?? "cny")
  const address = order.shipping_address
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="rounded-lg border border-brand-100 bg-brand-50 p-5">
        <h1 className="text-2xl font-bold text-brand-800">{t.title}</h1>
        <p className="mt-2 text-stone-800">{format(t.thanks, { email: order.email ?? "" })}</p>
        <p className="mt-3 text-lg">
          {t.orderNumber}:{" "}
          <strong className="font-mono">
            #<span data-testid="order-number">{order.display_id}</span>
          </strong>
        </p>
      </div>

      <section aria-labelledby="order-items" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="order-items" className="font-semibold text-stone-900">
          {t.items}
        </h2>
        <ul className="mt-3 divide-y divide-stone-200">
          {(order.items ?? []).map((item) => (
            <li key={item.id} className="flex justify-between gap-3 py-2">
              <span>
                {item.product_title ?? item.title}
                {item.variant_title ? ` · ${item.variant_title}` : ""}{" "}
                <span className="text-stone-700">{format(t.quantityTimes, { quantity: item.quantity })}</span>
              </span>
              <span className="shrink-0">{money(item.total)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-3 grid grid-cols-[1fr_auto] gap-y-1 border-t border-stone-200 pt-3 text-sm">
          <dt>{t.subtotal}</dt>
          <dd className="text-right">{money(order.item_total ?? order.item_subtotal)}</dd>
          <dt>{t.shipping}</dt>
          <dd className="text-right">{money(order.shipping_total)}</dd>
          {order.tax_total ? (
            <>
              <dt>{t.tax}</dt>
              <dd className="text-right">{money(order.tax_total)}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t.total}</dt>
          <dd className="text-right font-semibold" data-testid="order-total">
            {money(order.total)}
          </dd>
        </dl>
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
              <p>
                {[address.province, address.city, address.address_2].filter(Boolean).join(" ")}
              </p>
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
              <li key={m.id}>
                {m.name} · {money(m.total ?? m.amount)}
              </li>
            ))}
          </ul>
          {invoice?.title ? (
            <>
              <h2 className="mt-4 font-semibold text-stone-900">{t.invoice}</h2>
              <p className="mt-1">{format(t.invoiceValue, { title: invoice.title, taxpayerId: invoice.taxpayer_id })}</p>
            </>
          ) : null}
        </section>
      </div>

      <OrderParts parts={parts} locale={locale} />

      <Link href={localePath(locale, "/store")} className="btn-secondary">
        {t.continueShopping}
      </Link>
    </div>
  )
}
