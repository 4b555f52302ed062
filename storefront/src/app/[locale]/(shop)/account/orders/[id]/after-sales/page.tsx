import { AFTER_SALES_LIMITS, formatPrice, type AfterSalesRequestView } from "@seleno/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { format, formatDate, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { retrieveOrderAfterSales } from "@/lib/data/after-sales"
import { retrieveOrderParts } from "@/lib/data/order-parts"
import { retrieveOrder } from "@/lib/data/orders"
import { ConfirmReceipt } from "@/modules/after-sales/components/confirm-receipt"
import { AfterSalesRequestForm } from "@/modules/after-sales/components/request-form"
import { WithdrawRequest } from "@/modules/after-sales/components/withdraw-request"

export async function generateMetadata({ params }: PageProps<"/[locale]/account/orders/[id]/after-sales">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).afterSales.shop
  return { title: t.title, description: t.metaDescription, robots: { index: false } }
}

// The auto-confirm delay the backend uses; shown in the hint only.
const autoDays = Number(process.env.DELIVERY_AUTO_CONFIRM_DAYS) || AFTER_SALES_LIMITS.defaultAutoConfirmDays

/**
 * 申请售后: the signed-in shopper's order, parcel by parcel — confirm receipt, ask for a return or
 * a quality claim, and follow each request's status. Only the order's owner gets here (the backend
 * answers 404 to anyone else).
 */
export default async function OrderAfterSalesPage({ params }: PageProps<"/[locale]/account/orders/[id]/after-sales">) {
  const { locale: raw, id } = await params
  const locale = resolveLocale(raw)
  const messages = getMessages(locale)
  const t = messages.afterSales
  const afterSales = await retrieveOrderAfterSales(id)
  if (!afterSales.ok && afterSales.status === 401) redirect(localePath(locale, "/account"))
  if (!afterSales.ok) notFound()
  const [order, parts] = await Promise.all([retrieveOrder(locale, id), retrieveOrderParts(id)])
  if (!order) notFound()
  const money = (fen: number) => formatPrice(fen / 100, locale, order.currency_code ?? "cny")
  const { after_sales_requests: requests, deliveries } = afterSales.data
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <Link href={localePath(locale, "/account")} className="link text-sm">
          {t.shop.back}
        </Link>
        <h1 className="mt-2 text-2xl font-bold text-stone-900">{t.shop.title}</h1>
        <p className="text-stone-700">{format(t.shop.orderNumber, { number: order.display_id ?? "" })}</p>
        <p className="mt-2 text-sm text-stone-700">
          {t.shop.intro}{" "}
          <Link href={localePath(locale, "/returns")} className="link">
            {t.shop.policy}
          </Link>
        </p>
      </div>
      {parts.map((part) => {
        const delivery = deliveries.find((d) => d.enterprise_id === part.enterprise.id)
        const own = requests.filter((r) => r.enterprise_id === part.enterprise.id)
        return (
          <section key={part.enterprise.id} aria-labelledby={`part-${part.enterprise.id}`} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5" data-testid="after-sales-part">
            <h2 id={`part-${part.enterprise.id}`} className="font-semibold">
              {format(t.shop.part, { enterprise: part.enterprise.name })}
            </h2>
            <ul className="text-sm text-stone-800">
              {part.items.map((item) => (
                <li key={item.id}>
                  {item.product_title ?? item.title}
                  {item.variant_title ? ` · ${item.variant_title}` : ""} × {item.quantity}
                </li>
              ))}
            </ul>
            {delivery ? (
              <p className="text-sm text-green-800" data-testid="delivered">
                {format(delivery.confirmed_by === "auto" ? t.shop.deliveredAuto : t.shop.delivered, { date: formatDate(delivery.delivered_at, locale) })}
              </p>
            ) : part.status === "shipped" ? (
              <ConfirmReceipt locale={locale} orderId={order.id} enterpriseId={part.enterprise.id} label={t.shop.confirmReceipt} hint={format(t.shop.confirmHint, { days: autoDays })} />
            ) : (
              <p className="text-sm text-stone-700">{t.shop.notShipped}</p>
            )}
            {delivery ? (
              <AfterSalesRequestForm
                locale={locale}
                orderId={order.id}
                enterpriseId={part.enterprise.id}
                items={part.items.map((item) => ({ id: item.id, label: format(t.shop.quantityOf, { title: item.product_title ?? item.title, quantity: item.quantity }), max: item.quantity }))}
                labels={{ ...t.shop, kinds: t.kinds, reasons: t.reasons }}
              />
            ) : null}
            <RequestList requests={own} locale={locale} labels={t} money={money} />
          </section>
        )
      })}
    </div>
  )
}

function RequestList({
  requests,
  locale,
  labels: t,
  money,
}: {
  requests: AfterSalesRequestView[]
  locale: string
  labels: ReturnType<typeof getMessages>["afterSales"]
  money: (fen: number) => string
}) {
  return (
    <div>
      <h3 className="font-semibold">{t.shop.requests}</h3>
      {requests.length ? (
        <ul className="mt-2 divide-y divide-stone-200">
          {requests.map((r) => (
            <li key={r.id} className="py-2 text-sm" data-testid="after-sales-request">
              <p>
                <span className="rounded bg-stone-100 px-2 py-0.5 font-medium" data-testid="after-sales-status">
                  {t.statuses[r.status]}
                </span>{" "}
                {t.kinds[r.kind]} · {t.reasons[r.reason]}
              </p>
              <p className="mt-1 text-stone-700">{r.items.map((i) => `${i.title} × ${i.quantity}`).join("，")}</p>
              <p className="mt-1">
                {t.shop.refund}: <span data-testid="after-sales-refund">{money(r.refund_fen)}</span> · {t.shop.requestedAt}: {formatDate(r.created_at, locale)}
              </p>
              {r.status === "approved" && r.kind === "return_refund" ? <p className="mt-1 text-stone-700">{t.shop.returnAddressHint}</p> : null}
              {r.status === "requested" ? <WithdrawRequest locale={locale} orderId={r.order_id} requestId={r.id} label={t.shop.withdraw} /> : null}
              {r.refusal_reason ? (
                <p className="mt-1 text-red-800">
                  {t.shop.refusal}: {r.refusal_reason}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-stone-700">{t.shop.noRequests}</p>
      )}
    </div>
  )
}
