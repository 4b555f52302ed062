import { Button, Heading, Text } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { DataList, Section } from "../../../components/display"
import { BudgetBar, DailyVisitsOrdersChart, DiscountBudgetChart } from "../../../components/marketing-charts"
import { ChoiceFilter, PeriodFields, ReportPage } from "../../../components/report"
import { QueryState } from "../../../components/states"
import { saveFile } from "../../../lib/download"
import { marketingApi, marketingKeys, type AttributionQuery, type CampaignAttribution } from "../../../lib/marketing-api"
import { last30Days } from "../../../lib/marketing-format"
import { formatBudgetAmount, formatPercent, formatYuan, useMarketingLabels } from "../../../lib/marketing-labels"
import { fill } from "../../../lib/labels"

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col gap-y-0.5 rounded-lg border px-4 py-3">
      <dt>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {label}
        </Text>
      </dt>
      <dd>
        <Text size="large" weight="plus">
          {value}
        </Text>
      </dd>
    </div>
  )
}

function CampaignReport({ report }: { report: CampaignAttribution }) {
  const { MU, MC } = useMarketingLabels()
  const { totals, budget } = report
  const spendLimit = budget?.type === "spend" ? budget.limit : null
  const limit = budget?.limit ?? null
  const headingId = `attribution-${report.id}`
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-y-4 px-6 py-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading level="h2" id={headingId}>
          {report.name}
        </Heading>
        <Link to={`/marketing/${report.id}`} className="text-ui-fg-interactive text-sm hover:underline">
          {report.handle}
        </Link>
      </div>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Stat label={MC.visits} value={String(totals.visits)} />
        <Stat label={MC.carts} value={String(totals.carts)} />
        <Stat label={MC.orders} value={String(totals.orders)} />
        <Stat label={MC.revenue} value={formatYuan(totals.revenue)} />
        <Stat label={MC.conversion} value={formatPercent(totals.conversion)} />
        <Stat
          label={MC.discount}
          value={spendLimit !== null ? `${formatYuan(totals.discount)} / ${formatYuan(spendLimit)}` : formatYuan(totals.discount)}
        />
      </dl>
      {budget && limit !== null && (
        <div className="flex flex-col gap-y-1">
          <Text size="small" className="text-ui-fg-subtle">
            {`${MC.budget}: ${fill(MU.budgetUsed, { used: formatBudgetAmount(budget.type, budget.used), limit: formatBudgetAmount(budget.type, limit) })}`}
          </Text>
          <BudgetBar
            used={budget.used}
            limit={limit}
            label={`${report.name} ${MC.budget}: ${formatBudgetAmount(budget.type, budget.used)} / ${formatBudgetAmount(budget.type, limit)}`}
          />
        </div>
      )}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <div className="flex flex-col gap-y-2">
          <Heading level="h3">{MU.dailyChart}</Heading>
          {totals.visits === 0 && totals.orders === 0 ? (
            <Text size="small" className="text-ui-fg-muted">
              {MU.noVisits}
            </Text>
          ) : (
            <DailyVisitsOrdersChart days={report.days} label={`${report.name} ${MU.dailyChart}`} visitsLabel={MC.visits} ordersLabel={MC.orders} />
          )}
        </div>
        <div className="flex flex-col gap-y-2">
          <Heading level="h3">{MU.budgetChart}</Heading>
          <DiscountBudgetChart
            days={report.days}
            budgetLimit={spendLimit}
            label={`${report.name} ${MU.budgetChart}`}
            dailyLabel={MU.dailyDiscount}
            cumulativeLabel={MU.runningTotal}
            budgetLabel={MC.budget}
          />
        </div>
      </div>
      <div className="flex flex-col gap-y-2">
        <Heading level="h3">{MU.sourceTable}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {MU.sourceNote}
        </Text>
        {report.sources.length === 0 ? (
          <Text size="small" className="text-ui-fg-muted">
            {MU.noVisits}
          </Text>
        ) : (
          <div className="rounded-lg border">
            <DataList
              label={`${report.name} ${MU.sourceTable}`}
              rows={report.sources}
              rowKey={(s) => `${s.source ?? ""}|${s.medium ?? ""}`}
              columns={[
                { header: MC.source, cell: (s) => s.source ?? MU.notSet },
                { header: MC.medium, cell: (s) => s.medium ?? MU.notSet },
                { header: MC.visits, cell: (s) => s.visits, className: "text-right" },
                { header: MC.carts, cell: (s) => s.carts, className: "text-right" },
                { header: MC.orders, cell: (s) => s.orders, className: "text-right" },
                { header: MC.revenue, cell: (s) => formatYuan(s.revenue), className: "text-right" },
                { header: MC.conversion, cell: (s) => formatPercent(s.conversion), className: "text-right" },
              ]}
            />
          </div>
        )}
      </div>
      <div className="flex flex-col gap-y-2">
        <Heading level="h3">{MU.dailyTable}</Heading>
        <div className="rounded-lg border">
          <DataList
            label={`${report.name} ${MU.dailyTable}`}
            rows={report.days}
            rowKey={(d) => d.date}
            columns={[
              { header: MC.date, cell: (d) => <span className="whitespace-nowrap">{d.date}</span> },
              { header: MC.visits, cell: (d) => d.visits, className: "text-right" },
              { header: MC.carts, cell: (d) => d.carts, className: "text-right" },
              { header: MC.orders, cell: (d) => d.orders, className: "text-right" },
              { header: MC.revenue, cell: (d) => formatYuan(d.revenue), className: "text-right" },
              { header: MC.conversion, cell: (d) => formatPercent(d.conversion), className: "text-right" },
              { header: MC.discount, cell: (d) => formatYuan(d.discount), className: "text-right" },
            ]}
          />
        </div>
      </div>
    </section>
  )
}

const DashboardPage = () => {
  const { MF, MU } = useMarketingLabels()
  const [searchParams, setSearchParams] = useSearchParams()
  const defaults = last30Days()
  const filter: AttributionQuery = {
    from: searchParams.get("from") || defaults.from,
    to: searchParams.get("to") || defaults.to,
    campaign_id: searchParams.get("campaign_id") || undefined,
  }
  // The filter lives in the address so a view can be bookmarked or shared with a colleague.
  const update = (patch: Partial<AttributionQuery>) => {
    const next = { ...filter, ...patch }
    const params: Record<string, string> = { from: next.from, to: next.to }
    if (next.campaign_id) params.campaign_id = next.campaign_id
    setSearchParams(params, { replace: true })
  }

  const campaigns = useQuery({ queryKey: marketingKeys.campaigns, queryFn: marketingApi.listCampaigns })
  const query = useQuery({
    queryKey: marketingKeys.attribution(filter),
    queryFn: () => marketingApi.attribution(filter),
    enabled: Boolean(filter.from && filter.to),
    placeholderData: keepPreviousData,
  })
  const [exportError, setExportError] = useState<unknown>(null)
  const exportCsv = useMutation({
    mutationFn: () => marketingApi.attributionCsv(filter),
    onMutate: () => setExportError(null),
    onSuccess: (blob) => saveFile(blob, `campaign-attribution-${filter.from}-${filter.to}.csv`),
    onError: (error) => setExportError(error),
  })
  const exportSources = useMutation({
    mutationFn: () => marketingApi.attributionCsv(filter, "source"),
    onMutate: () => setExportError(null),
    onSuccess: (blob) => saveFile(blob, `campaign-attribution-sources-${filter.from}-${filter.to}.csv`),
    onError: (error) => setExportError(error),
  })

  return (
    <ReportPage
      lead={
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Link to="/marketing" className="text-ui-fg-interactive text-sm hover:underline">
            {MU.backToList}
          </Link>
          <Button size="small" variant="secondary" isLoading={exportSources.isPending} onClick={() => exportSources.mutate()}>
            {MU.exportSourcesCsv}
          </Button>
        </div>
      }
      title={MU.dashboardTitle}
      exportLabel={MU.exportCsv}
      exporting={exportCsv.isPending}
      onExport={() => exportCsv.mutate()}
      error={exportError ?? campaigns.error}
      filters={
        <>
          <PeriodFields id="attribution" fromLabel={MF.from} toLabel={MF.to} value={filter} onChange={update} />
          <ChoiceFilter
            id="attribution-campaign"
            className="min-w-[16rem]"
            label={MF.campaign_filter}
            allLabel={MU.allCampaigns}
            options={(campaigns.data?.campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={filter.campaign_id}
            onChange={(campaign_id) => update({ campaign_id })}
          />
        </>
      }
      query={query}
    >
      <Section title={`${filter.from} – ${filter.to}`}>
        <QueryState query={query} isEmpty={(d) => d.campaigns.length === 0} empty={MU.dashboardEmpty}>
          {(data) => (
            <div className="divide-y">
              {data.campaigns.map((report) => (
                <CampaignReport key={report.id} report={report} />
              ))}
            </div>
          )}
        </QueryState>
      </Section>
    </ReportPage>
  )
}

export default DashboardPage
