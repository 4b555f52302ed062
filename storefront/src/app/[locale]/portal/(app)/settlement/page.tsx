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
  const statement = result.ok ? result.data.statement : undefined
  const summary = statement?.summary
  // Amounts arrive in integer fen; formatPrice takes yuan.
  const price = (fen: number) => formatPrice(fen / 100, locale, "cny")
  const bps = summary?.commission_bps ?? me.enterprise.commission_bps ?? 0
  const statusName = (status: string) => (status === "paid" ? t.statusPaid : status === "closed" ? t.statusClosed : t.statusOpen)
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
        <>
          <section aria-labelledby="settlement-summary" className="rounded-lg border border-stone-200 bg-white p-5">
            <h2 id="settlement-summary" className="mb-3 font-semibold">
              {format(t.periodLabel, { from: formatDate(period.from, locale), to: formatDate(period.to, locale) })}
            </h2>
            {summary && summary.orders > 0 ? null : <p className="mb-3 text-sm text-stone-700">{t.empty}</p>}
            <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm" data-testid="settlement-summary">
              <dt className="text-stone-700">{t.status}</dt>
              <dd data-testid="settlement-status">
                {statusName(statement?.status ?? "open")}
                {statement?.payout_reference ? ` · ${t.payoutReference} ${statement.payout_reference}` : ""}
              </dd>
              <dt className="text-stone-700">{t.orders}</dt>
              <dd>{summary?.orders ?? 0}</dd>
              <dt className="text-stone-700">{t.itemsAmount}</dt>
              <dd>{price(summary?.items_fen ?? 0)}</dd>
              <dt className="text-stone-700">{t.refunds}</dt>
              <dd>{price(-(summary?.refund_fen ?? 0))}</dd>
              <dt className="text-stone-700">{t.shipping}</dt>
              <dd>{price(summary?.shipping_fen ?? 0)}</dd>
              <dt className="text-stone-700">{t.addback}</dt>
              <dd>{price(summary?.addback_fen ?? 0)}</dd>
              <dt className="text-stone-700">{t.gross}</dt>
              <dd>{price(summary?.gross_fen ?? 0)}</dd>
              <dt className="text-stone-700">{t.commissionRate}</dt>
              <dd>{basisPointsToPercent(bps)}</dd>
              <dt className="text-stone-700">{t.commission}</dt>
              <dd>{price(summary?.commission_fen ?? 0)}</dd>
              <dt className="font-semibold text-stone-900">{t.owed}</dt>
              <dd className="font-semibold" data-testid="settlement-owed">
                {price(summary?.payout_fen ?? 0)}
              </dd>
            </dl>
            <p className="mt-4 text-sm text-stone-600">{t.refundsNote}</p>
          </section>
          {statement && statement.lines.length > 0 ? (
            <section aria-labelledby="settlement-lines" className="overflow-x-auto rounded-lg border border-stone-200 bg-white p-5">
              <h2 id="settlement-lines" className="mb-3 font-semibold">
                {t.lines}
              </h2>
              <table className="w-full text-sm" data-testid="settlement-lines">
                <thead>
                  <tr className="text-left text-stone-700">
                    <th className="py-1 pr-4">{t.order}</th>
                    <th className="py-1 pr-4">{t.date}</th>
                    <th className="py-1 pr-4 text-right">{t.itemsAmount}</th>
                    <th className="py-1 pr-4 text-right">{t.refunds}</th>
                    <th className="py-1 pr-4 text-right">{t.shipping}</th>
                    <th className="py-1 pr-4 text-right">{t.addback}</th>
                    <th className="py-1 pr-4 text-right">{t.gross}</th>
                    <th className="py-1 pr-4 text-right">{t.commission}</th>
                    <th className="py-1 text-right">{t.owed}</th>
                  </tr>
                </thead>
                <tbody>
                  {statement.lines.map((l) => (
                    <tr key={l.order_id} className="border-t border-stone-100">
                      <td className="py-1 pr-4">{l.display_id != null ? `#${l.display_id}` : l.order_id}</td>
                      <td className="py-1 pr-4">{formatDate(l.date, locale)}</td>
                      <td className="py-1 pr-4 text-right">{price(l.items_fen)}</td>
                      <td className="py-1 pr-4 text-right">{price(-l.refund_fen)}</td>
                      <td className="py-1 pr-4 text-right">{price(l.shipping_fen)}</td>
                      <td className="py-1 pr-4 text-right">{price(l.addback_fen)}</td>
                      <td className="py-1 pr-4 text-right">{price(l.gross_fen)}</td>
                      <td className="py-1 pr-4 text-right">{price(l.commission_fen)}</td>
                      <td className="py-1 text-right">{price(l.payout_fen)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          <section aria-labelledby="settlement-statements" className="rounded-lg border border-stone-200 bg-white p-5">
            <h2 id="settlement-statements" className="mb-3 font-semibold">
              {t.statements}
            </h2>
            {result.data.statements.length ? (
              <table className="w-full text-sm" data-testid="settlement-statements">
                <thead>
                  <tr className="text-left text-stone-700">
                    <th className="py-1 pr-4">{t.period}</th>
                    <th className="py-1 pr-4">{t.status}</th>
                    <th className="py-1 pr-4">{t.payoutReference}</th>
                    <th className="py-1 text-right">{t.owed}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.data.statements.map((s) => (
                    <tr key={s.id} className="border-t border-stone-100">
                      <td className="py-1 pr-4">
                        <a className="underline" href={`${localePath(locale, "/portal/settlement")}?${new URLSearchParams({ from: s.period_from, to: s.period_to })}`}>
                          {format(t.periodLabel, { from: formatDate(s.period_from, locale), to: formatDate(s.period_to, locale) })}
                        </a>
                      </td>
                      <td className="py-1 pr-4">{statusName(s.status)}</td>
                      <td className="py-1 pr-4">{s.payout_reference ?? "—"}</td>
                      <td className="py-1 text-right">{price(s.payout_fen)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="text-sm text-stone-700">{t.noStatements}</p>
            )}
          </section>
        </>
      )}
    </div>
  )
}
