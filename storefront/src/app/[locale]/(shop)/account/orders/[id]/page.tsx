import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { format, formatDate, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { retrieveCustomer } from "@/lib/data/customer"
import { listMyOrderInvoices } from "@/lib/data/invoices"
import { retrieveOrderParts } from "@/lib/data/order-parts"
import { retrieveInvoiceRequest, retrieveOrder } from "@/lib/data/orders"
import { OrderInvoices } from "@/modules/order/components/order-invoices"
import { OrderDetail } from "@/modules/order/templates/order-detail"

export async function generateMetadata({ params }: PageProps<"/[locale]/account/orders/[id]">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).account.orders, robots: { index: false } }
}

/** A logged-in shopper's own order: what was paid (the one totals view), address, parts, invoice. */
export default async function AccountOrderPage({ params }: PageProps<"/[locale]/account/orders/[id]">) {
  const { locale: raw, id } = await params
  const locale = resolveLocale(raw)
  const t = getMessages(locale).order
  const customer = await retrieveCustomer(locale)
  if (!customer) redirect(localePath(locale, "/account"))
  const [order, invoice, parts, invoices] = await Promise.all([
    retrieveOrder(locale, id),
    retrieveInvoiceRequest(id),
    retrieveOrderParts(id),
    listMyOrderInvoices(locale, id),
  ])
  // Only the shopper's own orders are shown under their account.
  if (!order || (order as { customer_id?: string | null }).customer_id !== customer.id) notFound()
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <Link href={localePath(locale, "/account")} className="link text-sm">
          {t.backToAccount}
        </Link>
        <h1 className="mt-2 text-2xl font-bold text-stone-900">
          {format(t.detailTitle, { number: order.display_id ?? "" })}
        </h1>
        {order.created_at ? <p className="mt-1 text-stone-700">{format(t.placedOn, { date: formatDate(String(order.created_at), locale, true) })}</p> : null}
        <Link href={localePath(locale, `/account/orders/${order.id}/after-sales`)} className="link mt-2 inline-block text-sm" data-testid="order-detail-after-sales">
          {getMessages(locale).afterSales.shop.title}
        </Link>
      </div>
      <OrderDetail
        order={order}
        invoice={invoice}
        invoiceSlot={<OrderInvoices orderId={order.id} invoices={invoices?.invoices ?? []} locale={locale} />}
        parts={parts}
        locale={locale}
      />
    </div>
  )
}
