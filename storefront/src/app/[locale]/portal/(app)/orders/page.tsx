import { formatPrice } from "@seleno/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { format, formatDate, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { listPortalOrders, requirePortalMe } from "@/lib/data/portal"
import { PortalLoaded, PortalTable } from "@/modules/portal/components/portal-table"

const PAGE_SIZE = 20

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/orders">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.orders.title }
}

export default async function PortalOrdersPage({ params, searchParams }: PageProps<"/[locale]/portal/orders">) {
  const locale = resolveLocale((await params).locale)
  await requirePortalMe(locale)
  const portal = getMessages(locale).portal
  const t = portal.orders
  const pageParam = Number((await searchParams).page ?? "1")
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1
  const result = await listPortalOrders(PAGE_SIZE, (page - 1) * PAGE_SIZE)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="text-sm text-stone-700">{t.onlyYourPart}</p>
      <PortalLoaded result={result} isEmpty={(data) => data.orders.length === 0} emptyText={t.empty} labels={portal}>
        {(data) => (
          <>
            <PortalTable headers={[{ text: t.number }, { text: t.date }, { text: t.items }, { text: t.fulfillment }, { text: t.total, numeric: true }]}>
              {data.orders.map((order) => (
                <tr key={order.id} className="border-b border-stone-100" data-testid="portal-order-row">
                  <td className="p-2">
                    <Link href={localePath(locale, `/portal/orders/${order.id}`)} className="link" aria-label={format(t.viewOrder, { number: order.display_id })}>
                      #{order.display_id}
                    </Link>
                  </td>
                  <td className="p-2">{formatDate(order.created_at, locale, true)}</td>
                  <td className="p-2">{order.items.map((i) => `${i.product_title ?? i.title} × ${i.quantity}`).join(locale === "en" ? ", " : "、")}</td>
                  <td className="p-2">{t.statuses[order.fulfillment_status] ?? order.fulfillment_status}</td>
                  <td className="p-2 text-right">{formatPrice(order.total, locale, order.currency_code)}</td>
                </tr>
              ))}
            </PortalTable>
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
