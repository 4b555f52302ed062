import { CARRIERS, formatPrice, fulfilmentStage, roleMayUse } from "@seleno/domain"
import { OrderTotals } from "@/modules/common/components/order-totals"
import type { Metadata } from "next"
import Link from "next/link"
import { format, formatDate, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { requirePortalMe, retrievePortalOrder } from "@/lib/data/portal"
import { BulkProblem } from "@/modules/portal/components/bulk-problem"
import { FulfilForm } from "@/modules/portal/components/fulfil-form"
import { CancelPackForm, WaybillForm } from "@/modules/portal/components/waybill-forms"
import { DetailUnavailable } from "@/modules/portal/components/states"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/orders/[id]">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.orders.title }
}

export default async function PortalOrderPage({ params, searchParams }: PageProps<"/[locale]/portal/orders/[id]">) {
  const { locale: rawLocale, id } = await params
  const locale = resolveLocale(rawLocale)
  const { me } = await requirePortalMe(locale)
  const portal = getMessages(locale).portal
  const t = portal.orders
  const result = await retrievePortalOrder(id)
  const back = (
    <Link href={localePath(locale, "/portal/orders")} className="link text-sm">
      ← {t.back}
    </Link>
  )
  if (!result.ok) {
    return <DetailUnavailable back={back} status={result.status} message={result.message} notFoundText={t.errorNotFound} labels={portal} />
  }
  const order = result.data.order
  const lang = locale === "en" ? "en" : "zh"
  const price = (amount: number) => formatPrice(amount, locale, order.currency_code)
  const address = order.shipping_address
  const open = order.items.filter((i) => i.unfulfilled_quantity > 0)
  const carriers = CARRIERS.map((c) => ({ value: c.code, label: c.name[lang] }))
  const waybillLabels = { carrier: t.carrier, carrierPlaceholder: t.carrierPlaceholder, trackingNumber: t.trackingNumber }
  const anyPacked = order.fulfillments.some((f) => fulfilmentStage(f) === "packed")
  const doneText: Record<string, string> = { packed: t.packed, shipped: t.fulfilled, unpacked: t.canceledPack, corrected: t.corrected }
  const query = await searchParams
  const done = typeof query.done === "string" ? doneText[query.done] : query.shipped === "1" ? t.fulfilled : undefined
  const itemTitle = (id: string) => {
    const item = order.items.find((i) => i.id === id)
    return item ? `${item.product_title ?? item.title}${item.variant_title ? ` · ${item.variant_title}` : ""}` : id
  }
  return (
    <div className="space-y-6">
      {back}
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-stone-900">{format(t.orderTitle, { number: order.display_id })}</h1>
        <p className="text-sm text-stone-700">
          {formatDate(order.created_at, locale, true)} · <span data-testid="portal-order-status">{t.statuses[order.fulfillment_status] ?? order.fulfillment_status}</span>
        </p>
      </div>
      <p className="text-sm text-stone-700">{t.onlyYourPart}</p>
      <BulkProblem code={typeof query.bulk_error === "string" ? query.bulk_error : undefined} params={{ max: "" }} messages={t.bulkProblems} />
      {roleMayUse(me.account.role, "shipping") ? (
        <p>
          <a href={localePath(locale, `/portal/orders/${order.id}/packing-slip`)} className="btn-secondary" download data-testid="packing-slip-link">
            {t.packingSlipPdf}
          </a>
        </p>
      ) : null}
      {done ? (
        <p role="status" className="font-medium text-brand-700">
          {done}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="order-items" className="overflow-x-auto rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="order-items" className="mb-2 font-semibold">
            {t.items}
          </h2>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-stone-200">
                <th scope="col" className="py-1 pr-3">{t.items}</th>
                <th scope="col" className="py-1 pr-3 text-right">{t.unitPrice}</th>
                <th scope="col" className="py-1 pr-3 text-right">{t.quantity}</th>
                <th scope="col" className="py-1 pr-3 text-right">{t.shipped}</th>
                <th scope="col" className="py-1 text-right">{t.total}</th>
              </tr>
            </thead>
            <tbody>
              {order.items.map((item) => (
                <tr key={item.id} className="border-b border-stone-100" data-testid="portal-order-item">
                  <td className="py-1 pr-3">{itemTitle(item.id)}</td>
                  <td className="py-1 pr-3 text-right">{price(item.unit_price)}</td>
                  <td className="py-1 pr-3 text-right">{item.quantity}</td>
                  <td className="py-1 pr-3 text-right">{item.fulfilled_quantity}</td>
                  <td className="py-1 text-right">{price(item.total)}</td>
                </tr>
              ))}
            </tbody>
            {order.totals ? null : (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4} className="py-2 pr-3 text-right">
                    {t.total}
                  </th>
                  <td className="py-2 text-right font-semibold">{price(order.total)}</td>
                </tr>
              </tfoot>
            )}
          </table>
          {order.totals ? (
            <div className="mt-3 max-w-sm sm:ml-auto">
              <OrderTotals view={order.totals} locale={locale} testIdPrefix="portal-order" />
            </div>
          ) : null}
        </section>
        <section aria-labelledby="order-address" className="rounded-lg border border-stone-200 bg-white p-5 text-sm">
          <h2 id="order-address" className="mb-2 font-semibold">
            {t.shipTo}
          </h2>
          {address ? (
            <address className="not-italic">
              {[address.last_name, address.first_name].filter(Boolean).join("")} {address.phone}
              <br />
              {[address.province, address.city, address.address_1, address.address_2].filter(Boolean).join(" ")} {address.postal_code}
            </address>
          ) : null}
        </section>
      </div>
      <section aria-labelledby="order-fulfilments" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="order-fulfilments" className="mb-2 font-semibold">
          {t.fulfilments}
        </h2>
        {order.fulfillments.length ? (
          <ul className="space-y-4 text-sm">
            {order.fulfillments.map((f) => {
              const stage = fulfilmentStage(f)
              return (
                <li key={f.id} data-testid="portal-fulfilment" data-stage={stage} className="space-y-2 border-b border-stone-100 pb-3 last:border-0">
                  <p>
                    {formatDate(f.created_at, locale, true)} ·{" "}
                    <span data-testid="portal-fulfilment-stage" className={stage === "packed" ? "font-medium text-amber-800" : "font-medium text-brand-700"}>
                      {stage === "packed" ? t.stagePacked : t.stageShipped}
                    </span>
                    {stage === "shipped" ? (
                      <>
                        {" "}
                        · {f.carrier ? f.carrier.name[lang] : ""} · <span className="font-mono">{f.tracking_number}</span>
                      </>
                    ) : null}{" "}
                    · {f.items.map((i) => `${itemTitle(i.line_item_id)} × ${i.quantity}`).join(locale === "en" ? ", " : "、")}
                  </p>
                  {stage === "packed" ? (
                    <div className="space-y-2 rounded border border-stone-200 p-3">
                      <WaybillForm
                        locale={locale}
                        orderId={order.id}
                        fulfilmentId={f.id}
                        move="ship"
                        labels={{ ...waybillLabels, title: t.shipPackedTitle, submit: t.shipPacked }}
                        carriers={carriers}
                      />
                      <CancelPackForm locale={locale} orderId={order.id} fulfilmentId={f.id} label={t.cancelPack} />
                    </div>
                  ) : (
                    <details>
                      <summary className="link cursor-pointer text-sm">{t.correctWaybill}</summary>
                      <div className="mt-2 rounded border border-stone-200 p-3">
                        <WaybillForm
                          locale={locale}
                          orderId={order.id}
                          fulfilmentId={f.id}
                          move="correct"
                          labels={{ ...waybillLabels, title: t.correctWaybill, submit: t.saveCorrection }}
                          carriers={carriers}
                          current={{ carrier: f.carrier?.code, tracking_number: f.tracking_number ?? undefined }}
                        />
                      </div>
                    </details>
                  )}
                </li>
              )
            })}
          </ul>
        ) : (
          <p className="text-sm text-stone-700">{t.noFulfilments}</p>
        )}
      </section>
      <section className="rounded-lg border border-stone-200 bg-white p-5">
        {open.length ? (
          <FulfilForm
            locale={locale}
            orderId={order.id}
            labels={{ ...waybillLabels, title: t.fulfilTitle, fulfil: t.fulfil, pack: t.pack, packHint: t.packHint }}
            carriers={carriers}
            items={open.map((i) => ({ id: i.id, label: format(t.fulfilQuantity, { item: itemTitle(i.id) }), max: i.unfulfilled_quantity }))}
          />
        ) : (
          <p className="text-sm font-medium text-brand-700">{anyPacked ? t.allPacked : t.nothingToFulfil}</p>
        )}
      </section>
    </div>
  )
}
