import { formatPrice } from "@seleno/domain"
import type { Metadata } from "next"
import { format, formatDate, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { listPortalAfterSales } from "@/lib/data/after-sales"
import { requirePortalMe } from "@/lib/data/portal"
import { AfterSalesDecision } from "@/modules/after-sales/components/decision-form"
import { PortalLoaded } from "@/modules/portal/components/portal-table"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/after-sales">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).afterSales.portal.title }
}

/** 售后: shoppers' requests on the enterprise's own parcels; approve, refuse with a reason, or confirm a return is back. */
export default async function PortalAfterSalesPage({ params }: PageProps<"/[locale]/portal/after-sales">) {
  const locale = resolveLocale((await params).locale)
  await requirePortalMe(locale)
  const messages = getMessages(locale)
  const t = messages.afterSales
  const result = await listPortalAfterSales()
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t.portal.title}</h1>
      <p className="text-sm text-stone-700">{t.portal.intro}</p>
      <PortalLoaded result={result} isEmpty={(data) => data.after_sales_requests.length === 0} emptyText={t.portal.empty} labels={messages.portal}>
        {(data) => (
          <ul className="space-y-4">
            {data.after_sales_requests.map((r) => (
              <li key={r.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="portal-after-sales">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="font-semibold">
                    {t.kinds[r.kind]} · {t.reasons[r.reason]}
                  </h2>
                  <span className="rounded bg-stone-100 px-2 py-0.5 text-sm" data-testid="portal-after-sales-status">
                    {t.statuses[r.status]}
                  </span>
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="text-stone-700">{t.portal.order}</dt>
                  <dd className="font-mono">{r.order_id}</dd>
                  <dt className="text-stone-700">{t.portal.items}</dt>
                  <dd>{r.items.map((i) => `${i.title} × ${i.quantity}`).join("，")}</dd>
                  <dt className="text-stone-700">{t.portal.refund}</dt>
                  <dd>{formatPrice(r.refund_fen / 100, locale)}</dd>
                  <dt className="text-stone-700">{t.portal.createdAt}</dt>
                  <dd>{formatDate(r.created_at, locale, true)}</dd>
                  {r.note ? (
                    <>
                      <dt className="text-stone-700">{t.portal.note}</dt>
                      <dd className="whitespace-pre-line">{r.note}</dd>
                    </>
                  ) : null}
                  {r.photo_count ? (
                    <>
                      <dt className="text-stone-700">{t.portal.photos}</dt>
                      <dd className="flex flex-wrap gap-3">
                        {Array.from({ length: r.photo_count }, (_, n) => (
                          <a key={n} href={localePath(locale, `/portal/after-sales/${r.id}/photos/${n}`)} target="_blank" rel="noopener" className="link">
                            {format(t.portal.photoN, { n: n + 1 })}
                          </a>
                        ))}
                      </dd>
                    </>
                  ) : null}
                  {r.refusal_reason ? (
                    <>
                      <dt className="text-stone-700">{t.shop.refusal}</dt>
                      <dd>{r.refusal_reason}</dd>
                    </>
                  ) : null}
                </dl>
                {r.status === "requested" || (r.status === "approved" && r.kind === "return_refund") ? (
                  <AfterSalesDecision locale={locale} id={r.id} status={r.status} labels={t.portal} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </PortalLoaded>
    </div>
  )
}
