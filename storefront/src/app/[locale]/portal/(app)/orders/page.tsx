import { formatPrice, ORDER_PART_STATUSES, roleMayUse } from "@seleno/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { format, formatDate, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { listPortalOrders, requirePortalMe } from "@/lib/data/portal"
import { settlementPeriod } from "@/lib/portal"
import { BulkProblem } from "@/modules/portal/components/bulk-problem"
import { PortalLoaded, PortalTable } from "@/modules/portal/components/portal-table"

const PAGE_SIZE = 20

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/orders">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.orders.title }
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function PortalOrdersPage({ params, searchParams }: PageProps<"/[locale]/portal/orders">) {
  const locale = resolveLocale((await params).locale)
  const { me } = await requirePortalMe(locale)
  const portal = getMessages(locale).portal
  const t = portal.orders
  const query = await searchParams
  const pageParam = Number(one(query.page) ?? "1")
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1
  const result = await listPortalOrders(PAGE_SIZE, (page - 1) * PAGE_SIZE)
  // The export's period: this month so far (China time) unless the page was given one.
  const period = settlementPeriod(one(query.from), one(query.to), new Date())
  const slips = roleMayUse(me.account.role, "shipping")
  const headers = [
    ...(slips ? [{ text: t.select }] : []),
    { text: t.number },
    { text: t.date },
    { text: t.items },
    { text: t.fulfillment },
    { text: t.total, numeric: true },
    ...(slips ? [{ text: t.packingSlip }] : []),
  ]
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="text-sm text-stone-700">{t.onlyYourPart}</p>
      <BulkProblem code={one(query.bulk_error)} params={{ max: one(query.bulk_max) ?? "" }} messages={t.bulkProblems} />
      <form method="get" action={localePath(locale, "/portal/orders/export")} className="space-y-3 rounded-lg border border-stone-200 bg-white p-5" aria-labelledby="order-export">
        <h2 id="order-export" className="font-semibold">
          {t.exportTitle}
        </h2>
        <p className="text-sm text-stone-700">{t.exportHint}</p>
        <div className="flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="export-from" className="field-label">
              {t.exportFrom}
            </label>
            <input id="export-from" name="from" type="date" defaultValue={period.from} required className="field-input" />
          </div>
          <div>
            <label htmlFor="export-to" className="field-label">
              {t.exportTo}
            </label>
            <input id="export-to" name="to" type="date" defaultValue={period.to} required className="field-input" />
          </div>
          <div>
            <label htmlFor="export-status" className="field-label">
              {t.exportStatus}
            </label>
            <select id="export-status" name="status" defaultValue="" className="field-input">
              <option value="">{t.exportAllStatuses}</option>
              {ORDER_PART_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t.statuses[status]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-primary" data-testid="order-export">
            {t.exportDownload}
          </button>
        </div>
      </form>
      <PortalLoaded result={result} isEmpty={(data) => data.orders.length === 0} emptyText={t.empty} labels={portal}>
        {(data) => (
          <>
            <form method="get" action={localePath(locale, "/portal/orders/packing-slips")} className="space-y-3">
              {slips ? <p className="text-sm text-stone-700">{t.slipsHint}</p> : null}
              <PortalTable headers={headers}>
                {data.orders.map((order) => (
                  <tr key={order.id} className="border-b border-stone-100" data-testid="portal-order-row">
                    {slips ? (
                      <td className="p-2">
                        <input type="checkbox" name="ids" value={order.id} aria-label={format(t.selectOrder, { number: order.display_id })} className="h-4 w-4" />
                      </td>
                    ) : null}
                    <td className="p-2">
                      <Link href={localePath(locale, `/portal/orders/${order.id}`)} className="link" aria-label={format(t.viewOrder, { number: order.display_id })}>
                        #{order.display_id}
                      </Link>
                    </td>
                    <td className="p-2">{formatDate(order.created_at, locale, true)}</td>
                    <td className="p-2">{order.items.map((i) => `${i.product_title ?? i.title} × ${i.quantity}`).join(locale === "en" ? ", " : "、")}</td>
                    <td className="p-2">{t.statuses[order.fulfillment_status] ?? order.fulfillment_status}</td>
                    <td className="p-2 text-right">{formatPrice(order.total, locale, order.currency_code)}</td>
                    {slips ? (
                      <td className="p-2">
                        <a
                          href={localePath(locale, `/portal/orders/${order.id}/packing-slip`)}
                          className="link"
                          download
                          aria-label={format(t.packingSlipFor, { number: order.display_id })}
                          data-testid="packing-slip-link"
                        >
                          {t.packingSlip}
                        </a>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </PortalTable>
              {slips ? (
                <button type="submit" className="btn-secondary" data-testid="print-selected-slips">
                  {t.printSelected}
                </button>
              ) : null}
            </form>
            <nav className="flex gap-3 text-sm" aria-label={t.title}>
              {page > 1 ? (
                <Link className="link" href={`${localePath(locale, "/portal/orders")}?page=${page - 1}`}>
                  ← {page - 1}
                </Link>
              ) : null}
              {page * PAGE_SIZE < data.count ? (
                <Link className="link" href={`${localePath(locale, "/portal/orders")}?page=${page + 1}`}>
                  {page + 1} →
                </Link>
              ) : null}
            </nav>
          </>
        )}
      </PortalLoaded>
    </div>
  )
}
