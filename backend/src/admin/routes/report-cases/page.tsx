import { defineRouteConfig } from "@medusajs/admin-sdk"
import { FlagMini } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { REPORT_CASE_KINDS, REPORT_CASE_STATUSES, type ReportCaseKind, type ReportCaseStatus } from "@seleno/domain/src/report-case/vocabulary"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { DataList, Page, Section } from "../../components/display"
import { SelectField } from "../../components/form"
import { QueryState } from "../../components/states"
import { formatDateTime } from "../../lib/format"
import { useReportCaseLabels, reportCaseApi, reportCaseKeys } from "../../lib/report-cases"

/** The staff case queue: newest first, filtered by status and kind. */
const ReportCasesPage = () => {
  const { L } = useReportCaseLabels()
  const [status, setStatus] = useState<ReportCaseStatus | "">("new")
  const [kind, setKind] = useState<ReportCaseKind | "">("")
  const query = useQuery({ queryKey: reportCaseKeys.list({ status, kind }), queryFn: () => reportCaseApi.list({ status, kind }) })
  return (
    <Page>
      <Section
        title={L.title}
        level="h1"
        actions={
          <>
            <div className="w-48">
              <SelectField
                id="report-case-status"
                value={status}
                onChange={(v) => setStatus(v as ReportCaseStatus | "")}
                allowNone
                placeholder={L.anyStatus}
                options={REPORT_CASE_STATUSES.map((s) => ({ value: s, label: L.status[s] }))}
              />
            </div>
            <div className="w-48">
              <SelectField
                id="report-case-kind"
                value={kind}
                onChange={(v) => setKind(v as ReportCaseKind | "")}
                allowNone
                placeholder={L.anyKind}
                options={REPORT_CASE_KINDS.map((k) => ({ value: k, label: L.kind[k] }))}
              />
            </div>
          </>
        }
      >
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {L.intro}
          </Text>
        </div>
        <QueryState query={query} isEmpty={(d) => d.report_cases.length === 0} empty={L.empty}>
          {({ report_cases }) => (
            <DataList
              label={L.title}
              rows={report_cases}
              rowKey={(c) => c.id}
              columns={[
                {
                  header: L.number,
                  cell: (c) => (
                    <Link to={`/report-cases/${c.id}`} className="text-ui-fg-interactive font-mono hover:underline">
                      {c.number}
                    </Link>
                  ),
                },
                { header: L.reported, cell: (c) => formatDateTime(c.created_at), className: "whitespace-nowrap" },
                { header: L.kindColumn, cell: (c) => L.kind[c.kind] },
                { header: L.statusColumn, cell: (c) => L.status[c.status] },
                { header: L.product, cell: (c) => c.product?.title ?? "—" },
                { header: L.enterprise, cell: (c) => c.enterprise?.name ?? "—" },
                { header: L.code, cell: (c) => (c.code ? `${c.code.lot ?? ""}/${c.code.serial ?? "—"}${c.code.known ? "" : ` (${L.codeUnknown})`}` : "—") },
              ]}
            />
          )}
        </QueryState>
      </Section>
    </Page>
  )
}

export const config = defineRouteConfig({ label: "reportCase.nav", translationNs: "seleno", icon: FlagMini, rank: 6 })

export default ReportCasesPage
