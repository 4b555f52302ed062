import { formatPrice, type StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, formatDate, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { portalGet, type PortalMe } from "@/lib/data/portal"
import { basisPointsToPercent, beijingDate } from "@/lib/portal"
import { normalizeDashboard } from "@/lib/portal-dashboard"
import { BarChart } from "@/modules/portal/components/bar-chart"
import { Empty, LoadError } from "@/modules/portal/components/states"

/** The periods the dashboard offers (?days=), the backend takes 1–366. */
export const DASHBOARD_PERIODS = [7, 30, 90] as const

function Card({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id={id} className="mb-3 font-semibold text-stone-900">
        {title}
      </h2>
      {children}
    </section>
  )
}

export async function DashboardTemplate({ locale, me, days }: { locale: StorefrontLocale; me: PortalMe; days: number }) {
  const portal = getMessages(locale).portal
  const t = portal.dashboard
  const result = await portalGet<unknown>("/enterprise/dashboard", { days })
  const heading = (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <div className="flex flex-wrap items-center gap-3 text-sm text-stone-700">
        <nav aria-label={t.periodLabel}>
          <ul className="flex gap-2">
            {DASHBOARD_PERIODS.map((d) => (
              <li key={d}>
                <Link
                  href={`${localePath(locale, "/portal")}?days=${d}`}
                  aria-current={d === days ? "page" : undefined}
                  className={d === days ? "font-semibold text-stone-900" : "link"}
                >
                  {format(t.period, { days: d })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {typeof me.enterprise.commission_bps === "number" ? <span>{format(t.commission, { rate: basisPointsToPercent(me.enterprise.commission_bps) })}</span> : null}
      </div>
    </div>
  )
  if (!result.ok) {
    return (
      <div className="space-y-4">
        {heading}
        <LoadError status={result.status} message={result.message} labels={portal} />
      </div>
    )
  }
  const data = normalizeDashboard(result.data, beijingDate(new Date()), days)
  const price = (amount: number) => formatPrice(amount, locale, data.currency)
  const shortDate = (date: string) => date.slice(5).replace("-", "/")
  const everyNth = Math.ceil(data.days / 6)
  return (
    <div className="space-y-6">
      {heading}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card id="dash-sales" title={t.sales}>
          <p className="mb-2 text-sm text-stone-700" data-testid="dashboard-sales-total">
            {format(t.salesTotal, { amount: price(data.salesTotal), orders: data.ordersTotal })}
          </p>
          {data.salesTotal > 0 ? (
            <BarChart
              testId="sales-chart"
              label={format(t.salesChart, { days: data.days })}
              bars={data.salesByDay.map((d, i) => ({
                key: d.date,
                value: d.amount,
                title: `${formatDate(d.date, locale)}: ${price(d.amount)}`,
                axis: i % everyNth === 0 ? shortDate(d.date) : undefined,
              }))}
            />
          ) : (
            <Empty text={t.noSales} />
          )}
        </Card>
        <Card id="dash-top" title={t.topProducts}>
          {data.topProducts.length ? (
            <ol className="space-y-2 text-sm">
              {data.topProducts.map((p) => (
                <li key={p.id} className="flex justify-between gap-3 border-b border-stone-100 pb-1">
                  <span>{p.title}</span>
                  <span className="text-stone-700">
                    {format(t.units, { count: p.quantity })} · {price(p.amount)}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <Empty text={t.noSales} />
          )}
        </Card>
        <Card id="dash-scans" title={t.scansByDay}>
          {data.scansByDay.some((d) => d.count > 0) ? (
            <BarChart
              testId="scans-chart"
              label={format(t.scansChart, { days: data.days })}
              bars={data.scansByDay.map((d, i) => ({
                key: d.date,
                value: d.count,
                title: `${formatDate(d.date, locale)}: ${d.count}`,
                axis: i % everyNth === 0 ? shortDate(d.date) : undefined,
              }))}
            />
          ) : (
            <Empty text={t.noScans} />
          )}
        </Card>
        <Card id="dash-places" title={t.scansByPlace}>
          {data.scansByPlace.length ? (
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-stone-200">
                  <th scope="col" className="py-1 pr-4">
                    {t.scansByPlace}
                  </th>
                  <th scope="col" className="py-1 text-right">
                    {t.scans}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.scansByPlace.map((p) => (
                  <tr key={p.place || "unknown"} className="border-b border-stone-100">
                    <td className="py-1 pr-4">{p.name ? p.name[locale === "en" ? "en" : "zh"] : t.unknownPlace}</td>
                    <td className="py-1 text-right">{p.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Empty text={t.noScans} />
          )}
        </Card>
        <Card id="dash-expiring" title={t.expiring}>
          {data.expiringCertificates.length ? (
            <ul className="space-y-1 text-sm">
              {data.expiringCertificates.map((c) => (
                <li key={c.id}>
                  <Link href={localePath(locale, "/portal/certificates")} className="link">
                    {c.number}
                  </Link>
                  {c.product ? ` · ${c.product}` : null} · {format(t.expiresOn, { date: formatDate(c.validUntil, locale) })}
                </li>
              ))}
            </ul>
          ) : (
            <Empty text={t.noExpiring} />
          )}
        </Card>
        <Card id="dash-review" title={t.awaitingReview}>
          {data.awaitingReview.length ? (
            <ul className="space-y-1 text-sm">
              {data.awaitingReview.map((p) => (
                <li key={p.id}>
                  <Link href={localePath(locale, `/portal/products/${p.id}`)} className="link">
                    {p.title}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <Empty text={t.noAwaiting} />
          )}
        </Card>
      </div>
    </div>
  )
}
