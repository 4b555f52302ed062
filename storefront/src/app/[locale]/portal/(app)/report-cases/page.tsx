import type { Metadata } from "next"
import { formatDate, getMessages, resolveLocale } from "@/i18n"
import { requirePortalMe } from "@/lib/data/portal"
import { listPortalReportCases } from "@/lib/data/report-cases"
import { PortalLoaded } from "@/modules/portal/components/portal-table"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/report-cases">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).reports.portal.title }
}

/** Shoppers' reports about the enterprise's own products and how the platform is handling them; read-only. */
export default async function PortalReportCasesPage({ params }: PageProps<"/[locale]/portal/report-cases">) {
  const locale = resolveLocale((await params).locale)
  await requirePortalMe(locale)
  const messages = getMessages(locale)
  const reports = messages.reports
  const t = reports.portal
  const result = await listPortalReportCases()
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="text-sm text-stone-700">{t.intro}</p>
      <PortalLoaded result={result} isEmpty={(data) => data.report_cases.length === 0} emptyText={t.empty} labels={messages.portal}>
        {(data) => (
          <ul className="space-y-4">
            {data.report_cases.map((c) => (
              <li key={c.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="portal-report-case">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="font-mono font-semibold">{c.number}</h2>
                  <span className="rounded bg-stone-100 px-2 py-0.5 text-sm">{reports.statuses[c.status]}</span>
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="text-stone-700">{t.kind}</dt>
                  <dd>{reports.kinds[c.kind]}</dd>
                  <dt className="text-stone-700">{t.reportedAt}</dt>
                  <dd>{formatDate(c.created_at, locale)}</dd>
                  {c.product ? (
                    <>
                      <dt className="text-stone-700">{t.product}</dt>
                      <dd>{c.product.title}</dd>
                    </>
                  ) : null}
                  {c.code ? (
                    <>
                      <dt className="text-stone-700">{t.code}</dt>
                      <dd className="font-mono">
                        {[c.code.gtin, c.code.lot, c.code.serial].filter(Boolean).join(" / ")}
                        {c.code.known ? null : <span className="ml-1 font-sans text-amber-800">{t.codeUnknown}</span>}
                      </dd>
                    </>
                  ) : null}
                  <dt className="text-stone-700">{t.description}</dt>
                  <dd className="whitespace-pre-line">{c.description}</dd>
                  {c.resolution ? (
                    <>
                      <dt className="text-stone-700">{t.resolution}</dt>
                      <dd className="whitespace-pre-line">{c.resolution}</dd>
                    </>
                  ) : null}
                </dl>
                {c.history.length ? (
                  <div className="mt-3">
                    <h3 className="text-sm font-semibold">{t.history}</h3>
                    <ol className="mt-1 space-y-1 text-sm text-stone-700">
                      {c.history.map((h, i) => (
                        <li key={i}>
                          {formatDate(h.created_at, locale)} · {reports.actions[h.kind]}
                          {h.to_status ? ` → ${reports.statuses[h.to_status]}` : null}
                        </li>
                      ))}
                    </ol>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </PortalLoaded>
    </div>
  )
}
