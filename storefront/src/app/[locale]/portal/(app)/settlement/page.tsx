import { formatPrice } from "@seleno/domain"
import type { Metadata } from "next"
import type { ReactNode } from "react"
import { format, formatDate, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { requirePortalMe, retrievePortalSettlement } from "@/lib/data/portal"
import { basisPointsToPercent, settlementPeriod } from "@/lib/portal"
import { LoadError } from "@/modules/portal/components/states"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/settlement">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.settlement.title }
}

interface Column<T> {
  header: string
  cell: (row: T) => ReactNode
  /** Amounts: right-aligned so their digits line up. */
  numeric?: boolean
}

/** A table of the settlement page: header row over one row per item; the last column needs no gap after it. */
function SettlementTable<T>({ testId, columns, rows, rowKey }: { testId: string; columns: Column<T>[]; rows: T[]; rowKey: (row: T) => string }) {
  const cellClass = (index: number, column: Column<T>) => ["py-1", index < columns.length - 1 && "pr-4", column.numeric && "text-right"].filter(Boolean).join(" ")
  return (
    <table className="w-full text-sm" data-testid={testId}>
      <thead>
        <tr className="text-left text-stone-700">
          {columns.map((column, index) => (
            <th key={index} className={cellClass(index, column)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-t border-stone-100">
            {columns.map((column, index) => (
              <td key={index} className={cellClass(index, column)}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
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
              <SettlementTable
                testId="settlement-lines"
                rows={statement.lines}
                rowKey={(l) => l.order_id}
                columns={[
                  { header: t.order, cell: (l) => (l.display_id != null ? `#${l.display_id}` : l.order_id) },
                  { header: t.date, cell: (l) => formatDate(l.date, locale) },
                  { header: t.itemsAmount, cell: (l) => price(l.items_fen), numeric: true },
                  { header: t.refunds, cell: (l) => price(-l.refund_fen), numeric: true },
                  { header: t.shipping, cell: (l) => price(l.shipping_fen), numeric: true },
                  { header: t.addback, cell: (l) => price(l.addback_fen), numeric: true },
                  { header: t.gross, cell: (l) => price(l.gross_fen), numeric: true },
                  { header: t.commission, cell: (l) => price(l.commission_fen), numeric: true },
                  { header: t.owed, cell: (l) => price(l.payout_fen), numeric: true },
                ]}
              />
            </section>
          ) : null}
          <section aria-labelledby="settlement-statements" className="rounded-lg border border-stone-200 bg-white p-5">
            <h2 id="settlement-statements" className="mb-3 font-semibold">
              {t.statements}
            </h2>
            {result.data.statements.length ? (
              <SettlementTable
                testId="settlement-statements"
                rows={result.data.statements}
                rowKey={(s) => s.id}
                columns={[
                  {
                    header: t.period,
                    cell: (s) => (
                      <a className="underline" href={`${localePath(locale, "/portal/settlement")}?${new URLSearchParams({ from: s.period_from, to: s.period_to })}`}>
                        {format(t.periodLabel, { from: formatDate(s.period_from, locale), to: formatDate(s.period_to, locale) })}
                      </a>
                    ),
                  },
                  { header: t.status, cell: (s) => statusName(s.status) },
                  { header: t.payoutReference, cell: (s) => s.payout_reference ?? "—" },
                  { header: t.owed, cell: (s) => price(s.payout_fen), numeric: true },
                ]}
              />
            ) : (
              <p className="text-sm text-stone-700">{t.noStatements}</p>
            )}
          </section>
        </>
      )}
    </div>
  )
}
