import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { StatusBadge, Text } from "@medusajs/ui"
import { regionOptions } from "@seleno/domain/src/regions"
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"
import { useSearchParams } from "react-router-dom"
import { DataList, Section } from "../../components/display"
import { ChoiceFilter, PeriodFields, ReportPage } from "../../components/report"
import { QueryState } from "../../components/states"
import { saveFile } from "../../lib/download"
import { last30Days } from "../../lib/marketing-format"
import { monitoringApi, monitoringKeys, type MonitoringFigures, type MonitoringQuery, type MonitoringReport, type MonitoringShare } from "../../lib/monitoring-api"
import { formatFen, formatShare, useMonitoringLabels } from "../../lib/monitoring-labels"
import { fill, useLabels } from "../../lib/labels"

function ShareStat({ label, value, children }: { label: string; value: MonitoringShare; children?: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1 rounded-lg border px-4 py-3">
      <dt>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {label}
        </Text>
      </dt>
      <dd className="flex flex-col gap-y-1">
        <Text size="xlarge" weight="plus">
          {formatShare(value.share)}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {`${value.numerator} / ${value.denominator}`}
        </Text>
        {children}
      </dd>
    </div>
  )
}

function Headline({ report }: { report: MonitoringReport }) {
  const { MON } = useMonitoringLabels()
  const coverage = report.trace_coverage
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <dl className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <ShareStat label={MON.certifiedShare} value={report.certified_share} />
        <ShareStat label={MON.traceCoverage} value={coverage}>
          <div className="flex flex-wrap items-center gap-2">
            <Text size="small">{fill(MON.target, { year: coverage.target.year, share: formatShare(coverage.target.share) })}</Text>
            {coverage.meets_target === null ? (
              <StatusBadge color="grey">{MON.noCertified}</StatusBadge>
            ) : (
              <StatusBadge color={coverage.meets_target ? "green" : "orange"}>{coverage.meets_target ? MON.meets : MON.below}</StatusBadge>
            )}
          </div>
          <Text size="xsmall" className="text-ui-fg-muted">
            {`${MON.targets}: ${coverage.targets.map((t) => `${t.year} ${formatShare(t.share)}`).join(" → ")} (${coverage.target.source})`}
          </Text>
        </ShareStat>
      </dl>
      {report.unplaced.published_products + report.unplaced.enterprises > 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          {fill(MON.unplaced, { products: report.unplaced.published_products, enterprises: report.unplaced.enterprises })}
        </Text>
      )}
    </div>
  )
}

type TableRow = { key: string; county: string; region: string; figures: MonitoringFigures }

function CountyTable({ report }: { report: MonitoringReport }) {
  const { MON, MON_COLUMNS } = useMonitoringLabels()
  const rows: TableRow[] = [
    ...report.counties.map((row) => ({
      key: row.county.code,
      county: `${row.county.name.zh} ${row.county.name.en}`,
      region: `${row.region.name.zh} ${row.region.name.en}`,
      figures: row,
    })),
    { key: "__total", county: MON.total, region: "", figures: report.totals },
  ]
  const number = (pick: (f: MonitoringFigures) => number) => (row: TableRow) => pick(row.figures)
  return (
    <div className="rounded-lg border">
      <DataList
        label={MON.counties}
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { header: MON_COLUMNS.county, cell: (row) => <span className="whitespace-nowrap">{row.county}</span> },
          { header: MON_COLUMNS.region, cell: (row) => <span className="whitespace-nowrap">{row.region}</span> },
          { header: MON_COLUMNS.enterprises, cell: number((f) => f.enterprises), className: "text-right" },
          { header: MON_COLUMNS.published, cell: number((f) => f.published_products), className: "text-right" },
          { header: MON_COLUMNS.certified, cell: number((f) => f.certified_products), className: "text-right" },
          { header: MON_COLUMNS.certifiedShare, cell: (row) => formatShare(row.figures.certified_share.share), className: "text-right" },
          { header: MON_COLUMNS.traced, cell: number((f) => f.traced_products), className: "text-right" },
          { header: MON_COLUMNS.traceCoverage, cell: (row) => formatShare(row.figures.trace_coverage.share), className: "text-right" },
          { header: MON_COLUMNS.orders, cell: number((f) => f.orders), className: "text-right" },
          { header: MON_COLUMNS.sales, cell: (row) => <span className="whitespace-nowrap">{formatFen(row.figures.sales_fen)}</span>, className: "text-right" },
          { header: MON_COLUMNS.scans, cell: number((f) => f.scans), className: "text-right" },
          { header: MON_COLUMNS.openCases, cell: number((f) => f.open_cases), className: "text-right" },
        ]}
      />
    </div>
  )
}

const MonitoringPage = () => {
  const { MON } = useMonitoringLabels()
  const { lang } = useLabels()
  const [searchParams, setSearchParams] = useSearchParams()
  const defaults = last30Days()
  const filter: MonitoringQuery = {
    from: searchParams.get("from") || defaults.from,
    to: searchParams.get("to") || defaults.to,
    region: searchParams.get("region") || undefined,
  }
  // The filter lives in the address so a view can be bookmarked or shared with a colleague.
  const update = (patch: Partial<MonitoringQuery>) => {
    const next = { ...filter, ...patch }
    const params: Record<string, string> = { from: next.from, to: next.to }
    if (next.region) params.region = next.region
    setSearchParams(params, { replace: true })
  }

  const query = useQuery({
    queryKey: monitoringKeys.report(filter),
    queryFn: async () => (await monitoringApi.report(filter)).monitoring,
    placeholderData: keepPreviousData,
  })
  const [exportError, setExportError] = useState<unknown>(null)
  const exportCsv = useMutation({
    mutationFn: () => monitoringApi.csv(filter),
    onMutate: () => setExportError(null),
    onSuccess: (blob) => saveFile(blob, `market-monitoring-${filter.region ?? "all"}-${filter.from}-${filter.to}.csv`),
    onError: (error) => setExportError(error),
  })

  return (
    <ReportPage
      title={MON.title}
      intro={MON.intro}
      exportLabel={MON.exportCsv}
      exporting={exportCsv.isPending}
      onExport={() => exportCsv.mutate()}
      error={exportError}
      filters={
        <>
          <PeriodFields id="monitoring" fromLabel={MON.from} toLabel={MON.to} value={filter} onChange={update} />
          <ChoiceFilter
            id="monitoring-region"
            className="min-w-[14rem]"
            label={MON.region}
            allLabel={MON.allRegions}
            options={regionOptions(lang)}
            value={filter.region}
            onChange={(region) => update({ region })}
          />
        </>
      }
      query={query}
    >
      <Section title={MON.headline}>
        <QueryState query={query}>{(report) => <Headline report={report} />}</QueryState>
      </Section>
      <Section title={`${MON.counties} ${filter.from} – ${filter.to}`}>
        <QueryState query={query}>{(report) => <CountyTable report={report} />}</QueryState>
      </Section>
    </ReportPage>
  )
}

export const config = defineRouteConfig({
  label: "monitoring.nav",
  translationNs: "seleno",
  icon: ChartBar,
  rank: 7,
})

export default MonitoringPage
