import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import { DataList, Section, StatusBadge } from "../../components/display"
import { PeriodFields, ReportPage } from "../../components/report"
import { QueryState } from "../../components/states"
import { saveFile } from "../../lib/download"
import { settlementApi, settlementKeys, type SettlementPeriodView, type SettlementQuery, type SettlementStatementView } from "../../lib/settlement-api"
import { useSettlementLabels, yuan } from "../../lib/settlement-labels"
import { fill } from "../../lib/labels"

type StatementRow = SettlementPeriodView["statements"][number]

/** The current month so far, in China days. */
function thisMonth(): SettlementQuery {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
  return { from: `${today.slice(0, 8)}01`, to: today }
}

function Lines({ enterpriseId, filter }: { enterpriseId: string; filter: SettlementQuery }) {
  const { SET } = useSettlementLabels()
  const query = useQuery({
    queryKey: settlementKeys.statement(enterpriseId, filter),
    queryFn: async () => (await settlementApi.statement(enterpriseId, filter)).statement,
  })
  return (
    <QueryState query={query} isEmpty={(s: SettlementStatementView) => !s.lines.length} empty={SET.noLines}>
      {(statement) => (
        <DataList
          label={`${SET.lines} ${statement.enterprise_name}`}
          rowKey={(l) => l.order_id}
          rows={statement.lines}
          columns={[
            { header: SET.order, cell: (l) => (l.display_id != null ? `#${l.display_id}` : l.order_id) },
            { header: SET.date, cell: (l) => new Date(l.date).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" }) },
            { header: SET.items, cell: (l) => yuan(l.items_fen) },
            { header: SET.refunds, cell: (l) => yuan(-l.refund_fen) },
            { header: SET.shipping, cell: (l) => yuan(l.shipping_fen) },
            { header: SET.addback, cell: (l) => yuan(l.addback_fen) },
            { header: SET.gross, cell: (l) => yuan(l.gross_fen) },
            { header: SET.commission, cell: (l) => yuan(l.commission_fen) },
            { header: SET.payout, cell: (l) => yuan(l.payout_fen) },
          ]}
        />
      )}
    </QueryState>
  )
}

const SettlementsPage = () => {
  const { SET, SETTLEMENT_STATUS_LABELS } = useSettlementLabels()
  const [searchParams, setSearchParams] = useSearchParams()
  const defaults = thisMonth()
  const filter: SettlementQuery = { from: searchParams.get("from") || defaults.from, to: searchParams.get("to") || defaults.to }
  const update = (patch: Partial<SettlementQuery>) => setSearchParams({ ...filter, ...patch }, { replace: true })
  const [open, setOpen] = useState<string | null>(null)
  const [actionError, setActionError] = useState<unknown>(null)
  const client = useQueryClient()

  const query = useQuery({
    queryKey: settlementKeys.period(filter),
    queryFn: async () => (await settlementApi.period(filter)).settlement,
    placeholderData: keepPreviousData,
  })
  const refresh = () => client.invalidateQueries({ queryKey: settlementKeys.all })
  const close = useMutation({
    mutationFn: (enterpriseId: string) => settlementApi.close(enterpriseId, filter),
    onMutate: () => setActionError(null),
    onSuccess: refresh,
    onError: setActionError,
  })
  const pay = useMutation({
    mutationFn: ({ enterpriseId, reference }: { enterpriseId: string; reference: string }) => settlementApi.pay(enterpriseId, filter, reference),
    onMutate: () => setActionError(null),
    onSuccess: refresh,
    onError: setActionError,
  })
  const exportCsv = useMutation({
    mutationFn: (enterpriseId?: string) => settlementApi.csv(filter, enterpriseId),
    onMutate: () => setActionError(null),
    onSuccess: (blob) => saveFile(blob, `seleno-settlements-${filter.from}-${filter.to}.csv`),
    onError: setActionError,
  })

  // A statement moves open → closed → paid; each row offers only the step that comes next.
  const nextStep = (row: StatementRow) => {
    if (row.status === "open") {
      return {
        label: SET.close,
        pending: close.isPending && close.variables === row.enterprise_id,
        run: () => window.confirm(fill(SET.confirmClose, { name: row.enterprise_name, from: filter.from, to: filter.to })) && close.mutate(row.enterprise_id),
      }
    }
    if (row.status === "closed") {
      return {
        label: SET.markPaid,
        pending: false,
        run: () => {
          const reference = window.prompt(SET.referencePrompt)?.trim()
          if (reference) pay.mutate({ enterpriseId: row.enterprise_id, reference })
        },
      }
    }
    return null
  }

  const actions = (row: StatementRow) => {
    const step = nextStep(row)
    return (
      <div className="flex flex-wrap gap-2">
        <Button size="small" variant="transparent" type="button" onClick={() => setOpen(open === row.enterprise_id ? null : row.enterprise_id)}>
          {SET.details}
        </Button>
        {step && (
          <Button size="small" variant="secondary" type="button" isLoading={step.pending} onClick={step.run}>
            {step.label}
          </Button>
        )}
      </div>
    )
  }

  return (
    <ReportPage
      title={SET.title}
      intro={SET.intro}
      exportLabel={SET.exportCsv}
      exporting={exportCsv.isPending}
      onExport={() => exportCsv.mutate(undefined)}
      error={actionError}
      filters={<PeriodFields id="settlement" fromLabel={SET.from} toLabel={SET.to} value={filter} onChange={update} />}
      query={query}
    >
      <Section title={`${SET.enterprises} ${filter.from} – ${filter.to}`}>
        <QueryState query={query} isEmpty={(p) => !p.statements.length} empty={SET.empty}>
          {(period) => (
            <>
              <DataList
                label={SET.enterprises}
                rowKey={(s) => s.enterprise_id}
                rows={period.statements}
                columns={[
                  { header: SET.enterprise, cell: (s) => s.enterprise_name },
                  { header: SET.status, cell: (s) => <StatusBadge status={s.status} labels={SETTLEMENT_STATUS_LABELS} /> },
                  { header: SET.orders, cell: (s) => s.summary.orders },
                  { header: SET.captured, cell: (s) => yuan(s.summary.captured_fen) },
                  { header: SET.refunds, cell: (s) => yuan(-s.summary.refund_fen) },
                  { header: SET.addback, cell: (s) => yuan(s.summary.addback_fen) },
                  { header: SET.gross, cell: (s) => yuan(s.summary.gross_fen) },
                  { header: SET.commission, cell: (s) => yuan(s.summary.commission_fen) },
                  { header: SET.payout, cell: (s) => yuan(s.summary.payout_fen) },
                  { header: SET.reference, cell: (s) => s.payout_reference ?? "—" },
                  { header: "", cell: actions },
                ]}
              />
              <div className="px-6 py-3">
                <Text size="small" weight="plus">
                  {`${SET.total}: ${SET.captured} ${yuan(period.totals.captured_fen)} · ${SET.refunds} ${yuan(-period.totals.refund_fen)} · ${SET.commission} ${yuan(period.totals.commission_fen)} · ${SET.payout} ${yuan(period.totals.payout_fen)}`}
                </Text>
              </div>
            </>
          )}
        </QueryState>
      </Section>
      {open && (
        <Section title={SET.lines}>
          <Lines enterpriseId={open} filter={filter} />
        </Section>
      )}
    </ReportPage>
  )
}

export const config = defineRouteConfig({
  label: "settlement.nav",
  translationNs: "seleno",
  icon: Receipt,
  rank: 8,
})

export default SettlementsPage
