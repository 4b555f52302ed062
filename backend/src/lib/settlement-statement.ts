import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SettlementPeriodView, SettlementStatementView, SettlementSummaryView } from "@seleno/domain"
import { ENTERPRISE_MODULE } from "../modules/enterprise"
import type EnterpriseModuleService from "../modules/enterprise/service"
import { SETTLEMENT_MODULE } from "../modules/settlement"
import type SettlementModuleService from "../modules/settlement/service"
import { statementFigures, type LedgerEntry } from "./settlement-figures"
import { type Period, toPeriod } from "./settlement-period"
import { syncRefundEntries } from "./settlement-refunds"

/**
 * Statements (结算单): an enterprise's ledger entries for a period, as per-order lines and a
 * summary, in fen. A closed statement shows exactly the entries it claimed when closed; an open one
 * shows the unclaimed entries dated in the period, plus late entries dated in an already closed
 * earlier period (a capture or refund recorded after that close falls into the next open period).
 */

type Enterprise = { id: string; handle: string; name: string; commission_bps: number }
type StoredStatement = Awaited<ReturnType<SettlementModuleService["listSettlementStatements"]>>[number]

async function displayIdsOf(container: MedusaContainer, orderIds: string[]): Promise<Map<string, number | null>> {
  if (!orderIds.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
  return new Map((data as { id: string; display_id: number | null }[]).map((o) => [o.id, o.display_id]))
}

/** The statement stored for this enterprise and period, if it was closed. */
async function storedStatement(container: MedusaContainer, enterpriseId: string, period: Period): Promise<StoredStatement | undefined> {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const [stored] = await settlement.listSettlementStatements({ enterprise_id: enterpriseId, period_from: period.from, period_to: period.to }, { take: 1 })
  return stored
}

/** The entries an open statement of this period would claim now. */
export async function openEntries(container: MedusaContainer, enterpriseId: string, period: Period): Promise<LedgerEntry[]> {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const closed = await settlement.listSettlementStatements({ enterprise_id: enterpriseId }, { select: ["period_to"], take: null })
  // Late entries: dated inside a period that was already closed (and before this one).
  const closedUntil = closed
    .map((s) => toPeriod({ from: s.period_to, to: s.period_to }).end)
    .filter((end) => end.getTime() <= period.start.getTime())
    .reduce<Date | null>((max, end) => (!max || end > max ? end : max), null)
  const entries = await settlement.listSettlementEntries(
    {
      enterprise_id: enterpriseId,
      statement_id: null,
      occurred_at: { $lt: period.end },
    },
    { take: null }
  )
  return entries.filter((e) => new Date(e.occurred_at) >= period.start || (closedUntil && new Date(e.occurred_at) < closedUntil)) as LedgerEntry[]
}

function view(enterprise: Enterprise, period: Period, figures: ReturnType<typeof statementFigures>, stored?: StoredStatement): SettlementStatementView {
  return {
    id: stored?.id ?? null,
    enterprise_id: enterprise.id,
    enterprise_handle: enterprise.handle,
    enterprise_name: enterprise.name,
    period_from: period.from,
    period_to: period.to,
    status: stored?.status ?? "open",
    closed_at: stored?.closed_at ? new Date(stored.closed_at).toISOString() : null,
    paid_at: stored?.paid_at ? new Date(stored.paid_at).toISOString() : null,
    payout_reference: stored?.payout_reference ?? null,
    summary: figures.summary,
    lines: figures.lines,
  }
}

async function enterpriseOrThrow(container: MedusaContainer, enterpriseId: string): Promise<Enterprise | undefined> {
  const [enterprise] = await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises({ id: enterpriseId })
  return enterprise
}

/** One enterprise's statement for a period: the frozen one if closed, else the open one as of now. */
export async function enterpriseStatement(container: MedusaContainer, enterpriseId: string, period: Period): Promise<SettlementStatementView | null> {
  const enterprise = await enterpriseOrThrow(container, enterpriseId)
  if (!enterprise) return null
  const stored = await storedStatement(container, enterpriseId, period)
  let entries: LedgerEntry[]
  let bps = enterprise.commission_bps
  if (stored) {
    entries = (await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).listSettlementEntries({ statement_id: stored.id }, { take: null })) as LedgerEntry[]
    // The rate the statement was closed at, even if the enterprise's rate changed since.
    bps = stored.commission_bps
  } else {
    await syncRefundEntries(container, enterpriseId)
    entries = await openEntries(container, enterpriseId, period)
  }
  const figures = statementFigures(entries, bps, await displayIdsOf(container, [...new Set(entries.map((e) => e.order_id))]))
  return view(enterprise, period, figures, stored)
}

/** The statement of a stored id, for the enterprise that owns it only (null otherwise). */
export async function statementById(container: MedusaContainer, id: string, enterpriseId: string): Promise<SettlementStatementView | null> {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const [stored] = await settlement.listSettlementStatements({ id, enterprise_id: enterpriseId }, { take: 1 })
  if (!stored) return null
  return enterpriseStatement(container, enterpriseId, toPeriod({ from: stored.period_from, to: stored.period_to }))
}

/** An enterprise's closed statements, newest first, without lines (the portal's payout list). */
export async function closedStatements(container: MedusaContainer, enterpriseId: string) {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const rows = await settlement.listSettlementStatements({ enterprise_id: enterpriseId }, { order: { period_from: "DESC" }, take: 100 })
  return rows.map((s) => ({
    id: s.id,
    period_from: s.period_from,
    period_to: s.period_to,
    status: s.status,
    closed_at: new Date(s.closed_at).toISOString(),
    paid_at: s.paid_at ? new Date(s.paid_at).toISOString() : null,
    payout_reference: s.payout_reference ?? null,
    gross_fen: s.gross_fen,
    commission_fen: s.commission_fen,
    payout_fen: s.payout_fen,
  }))
}

/** Every enterprise's statement for a period (active ones, and any other with money in it). */
export async function periodStatements(container: MedusaContainer, period: Period): Promise<{ view: SettlementPeriodView; statements: SettlementStatementView[] }> {
  const enterprises = await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises({}, { take: null })
  const statements: SettlementStatementView[] = []
  for (const enterprise of enterprises) {
    const statement = (await enterpriseStatement(container, enterprise.id, period))!
    if (enterprise.status === "active" || statement.lines.length || statement.id) statements.push(statement)
  }
  statements.sort((a, b) => b.summary.gross_fen - a.summary.gross_fen || a.enterprise_handle.localeCompare(b.enterprise_handle))
  const total = (k: keyof Omit<SettlementSummaryView, "commission_bps">) => statements.reduce((s, st) => s + st.summary[k], 0)
  return {
    statements,
    view: {
      period_from: period.from,
      period_to: period.to,
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      statements: statements.map(({ lines, ...rest }) => rest),
      totals: {
        orders: total("orders"),
        captured_fen: total("captured_fen"),
        items_fen: total("items_fen"),
        refund_fen: total("refund_fen"),
        shipping_fen: total("shipping_fen"),
        addback_fen: total("addback_fen"),
        gross_fen: total("gross_fen"),
        commission_fen: total("commission_fen"),
        payout_fen: total("payout_fen"),
      },
    },
  }
}

/** Closes (freezes) an enterprise's period: what the open statement shows now becomes its statement. */
export async function closeEnterprisePeriod(container: MedusaContainer, enterpriseId: string, period: Period, closedBy: string) {
  const enterprise = await enterpriseOrThrow(container, enterpriseId)
  if (!enterprise) return null
  await syncRefundEntries(container, enterpriseId)
  const entries = await openEntries(container, enterpriseId, period)
  const { summary } = statementFigures(entries, enterprise.commission_bps, new Map())
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { commission_bps, ...totals } = summary
  await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).closeStatement({
    enterprise_id: enterpriseId,
    period_from: period.from,
    period_to: period.to,
    closed_by: closedBy,
    commission_bps: enterprise.commission_bps,
    totals,
    entry_ids: entries.map((e) => e.id),
  })
  return enterpriseStatement(container, enterpriseId, period)
}
