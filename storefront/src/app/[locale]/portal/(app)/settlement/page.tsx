import { formatPrice } from "@seleno/domain"
import type { Metadata } from "next"
import { format, formatDate, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { requirePortalMe, retrievePortalSettlement } from "@/lib/data/portal"
import { basisPointsToPercent, settlementPeriod } from "@/lib/portal"
import { LoadError } from "@/modules/portal/components/states"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/settlement">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.settlement.title }
}

/** The settlement for a period chosen in the URL (a GET form, so it works without JavaScript and can be bookmarked). */
export default async function PortalSettlementPage({ params, searchParams }: PageProps<"/[locale]/portal/settlement">) {
  const locale = resolveLocale((await params).locale)
  const { me } = await requirePortalMe(locale)
  const portal = getMessages(locale).portal
  const t = portal.settlement
  const query = await searchParams
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined
  const period = settlementPeriod(one(query.from), one(query.to), new Date())
  const result = await retrievePortalSettlement(period.from, period.to)
  const line = result.ok ? result.data.settlement.enterprise : undefined
  const price = (amount: string | number) => formatPrice(Number(amount), locale, "cny")
  const bps = line?.commission_bps ?? me.enterprise.commission_bps ?? 0
  const csvHref = `${localePath(locale, "/portal/settlement/export")}?${new URLSearchParams({ from: period.from, to: period.to })}`
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-stone-200 bg-white p-5">
        <div>
          <label htmlFor="settlement-from" className="field-label">
            {t.from}
          </label>
          <input id="settlement-from" name="from" type="date" defaultValue={period.from} required className="field-input" aria-invalid={period.valid ? undefined : true} aria-describedby={period.valid ? undefined : "settlement-error"} />
        </div>
        <div>
          <label htmlFor="settlement-to" className="field-label">
            {t.to}
          </label>
          <input id="settlement-to" name="to" type="date" defaultValue={period.to} required className="field-input" aria-invalid={period.valid ? undefined : true} aria-describedby={period.valid ? undefined : "settlement-error"} />
        </div>
        <button type="submit" className="btn-secondary">
          {t.show}
        </button>
        <a href={csvHref} className="btn-primary" download data-testid="settlement-csv">
          {t.download}
        </a>
      </form>
      {!period.valid ? (
        <p id="settlement-error" role="alert" className="field-error">
          {t.errorRange}
        </p>
      ) : null}
      {!result.ok ? (
        <LoadError status={result.status} message={result.message} labels={portal} />
      ) : (
        <section aria-labelledby="settlement-summary" className="rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="settlement-summary" className="mb-3 font-semibold">
            {format(t.periodLabel, { from: formatDate(period.from, locale), to: formatDate(period.to, locale) })}
          </h2>
          {line && line.orders > 0 ? null : <p className="mb-3 text-sm text-stone-700">{t.empty}</p>}
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm" data-testid="settlement-summary">
            <dt className="text-stone-700">{t.orders}</dt>
            <dd>{line?.orders ?? 0}</dd>
            <dt className="text-stone-700">{t.items}</dt>
            <dd>{line?.items ?? 0}</dd>
            <dt className="text-stone-700">{t.gross}</dt>
            <dd>{price(line?.gross ?? 0)}</dd>
            <dt className="text-stone-700">{t.commissionRate}</dt>
            <dd>{basisPointsToPercent(bps)}</dd>
            <dt className="text-stone-700">{t.commission}</dt>
            <dd>{price(line?.commission ?? 0)}</dd>
            <dt className="font-semibold text-stone-900">{t.owed}</dt>
            <dd className="font-semibold" data-testid="settlement-owed">
              {price(line?.owed ?? 0)}
            </dd>
          </dl>
          <p className="mt-4 text-sm text-stone-600">{t.refundsNote}</p>
        </section>
      )}
    </div>
  )
}
