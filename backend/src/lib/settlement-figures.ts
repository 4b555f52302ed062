import { refundFenForUnits, type SettlementOrderLineView, type SettlementSummaryView } from "@seleno/domain"
import { lineChargedFen } from "./order-line-charged"
import { commissionFen } from "./settlement-money"

/** Pure settlement figures (no I/O): refund deductions of returns, and a statement's lines and summary. */

/* eslint-disable @typescript-eslint/no-explicit-any -- Query graphs are loosely typed; read once here. */
const num = (v: any): number => Number(v?.value ?? v ?? 0)

export interface LedgerEntry {
  id: string
  order_id: string
  occurred_at: Date | string
  items_fen: number
  shipping_fen: number
  addback_fen: number
  refund_fen: number
}

export interface RefundDeduction {
  return_id: string
  enterprise_id: string
  occurred_at: Date
  refund_fen: number
  /** The add-back the refunded units had earned, taken back (≤ 0). */
  addback_fen: number
}

/**
 * Per-item deductions of an order's received returns (pure): each returned unit is deducted with
 * the one refund rule (refundFenForUnits, cumulative over the line's earlier returns, oldest
 * first), from the enterprise whose product it is, dated when the return was received.
 */
export function refundDeductions(order: any, owners: Map<string, string>, addbacks: Map<string, number>): RefundDeduction[] {
  const lines = new Map<string, { totalFen: number; quantity: number; product_id: string }>()
  for (const item of order.items ?? []) lines.set(item.id, { totalFen: lineChargedFen(item), quantity: num(item.quantity), product_id: item.product_id })
  const returned = new Map<string, number>()
  const received = ((order.returns ?? []) as any[])
    .filter((r) => r.status === "received" && r.received_at)
    .sort((a, b) => new Date(a.received_at).getTime() - new Date(b.received_at).getTime() || String(a.id).localeCompare(String(b.id)))
  const out: RefundDeduction[] = []
  for (const ret of received) {
    const byEnterprise = new Map<string, RefundDeduction>()
    for (const ri of ret.items ?? []) {
      const units = num(ri.received_quantity)
      const line = lines.get(ri.item_id)
      const enterprise = line && owners.get(line.product_id)
      if (!units || !line || !enterprise) continue
      const before = returned.get(ri.item_id) ?? 0
      returned.set(ri.item_id, before + units)
      const d = byEnterprise.get(enterprise) ?? { return_id: ret.id, enterprise_id: enterprise, occurred_at: new Date(ret.received_at), refund_fen: 0, addback_fen: 0 }
      d.refund_fen += refundFenForUnits(line, before, units)
      const addback = addbacks.get(ri.item_id) ?? 0
      if (addback > 0) d.addback_fen -= refundFenForUnits({ totalFen: addback, quantity: line.quantity }, before, units)
      byEnterprise.set(enterprise, d)
    }
    out.push(...byEnterprise.values())
  }
  return out
}

/**
 * Lines and summary of a set of entries (pure). Commission is rounded once on the statement's
 * gross (settlement-money.ts) and spread over the lines cumulatively (each line's share is the
 * difference of the rounded commission on the running gross), so the lines add up to the summary.
 */
export function statementFigures(entries: LedgerEntry[], bps: number, displayIds: Map<string, number | null>) {
  const byOrder = new Map<string, SettlementOrderLineView>()
  for (const e of [...entries].sort((a, b) => new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime() || a.id.localeCompare(b.id))) {
    const line = byOrder.get(e.order_id) ?? {
      order_id: e.order_id,
      display_id: displayIds.get(e.order_id) ?? null,
      date: new Date(e.occurred_at).toISOString(),
      items_fen: 0,
      refund_fen: 0,
      shipping_fen: 0,
      addback_fen: 0,
      gross_fen: 0,
      commission_fen: 0,
      payout_fen: 0,
    }
    line.items_fen += e.items_fen
    line.refund_fen += e.refund_fen
    line.shipping_fen += e.shipping_fen
    line.addback_fen += e.addback_fen
    line.gross_fen = line.items_fen - line.refund_fen + line.shipping_fen + line.addback_fen
    byOrder.set(e.order_id, line)
  }
  const lines = [...byOrder.values()]
  let running = 0
  for (const line of lines) {
    const before = commissionFen(running, bps)
    running += line.gross_fen
    line.commission_fen = commissionFen(running, bps) - before
    line.payout_fen = line.gross_fen - line.commission_fen
  }
  const sum = (k: keyof SettlementOrderLineView) => lines.reduce((s, l) => s + (l[k] as number), 0)
  const summary: SettlementSummaryView = {
    orders: lines.length,
    captured_fen: sum("items_fen") + sum("shipping_fen"),
    items_fen: sum("items_fen"),
    refund_fen: sum("refund_fen"),
    shipping_fen: sum("shipping_fen"),
    addback_fen: sum("addback_fen"),
    gross_fen: sum("gross_fen"),
    commission_bps: bps,
    commission_fen: commissionFen(sum("gross_fen"), bps),
    payout_fen: 0,
  }
  summary.payout_fen = summary.gross_fen - summary.commission_fen
  return { lines, summary }
}

