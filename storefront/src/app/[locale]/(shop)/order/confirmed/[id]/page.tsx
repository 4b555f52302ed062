import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { format, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { retrieveOrderParts } from "@/lib/data/order-parts"
import { retrieveInvoiceRequest, retrieveOrder } from "@/lib/data/orders"
import { OrderDetail } from "@/modules/order/templates/order-detail"

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

      <OrderDetail order={order} invoice={invoice} parts={parts} locale={locale} />

      <Link href={localePath(locale, "/store")} className="btn-secondary">
        {t.continueShopping}
      </Link>
    </div>
  )
}
