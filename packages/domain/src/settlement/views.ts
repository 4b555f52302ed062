import type { SettlementStatus } from "./vocabulary"

/**
 * What the settlement API returns and the admin and portal render. Every amount is integer fen
 * (0.01 CNY); screens format them with formatPrice(fen / 100).
 *
 * gross = items − refunds + shipping + platform-funded add-back; commission is rounded once on the
 * statement's gross and spread over its lines cumulatively, so lines add up to the summary;
 * payout = gross − commission.
 */
export interface SettlementOrderLineView {
  order_id: string
  display_id: number | null
  /** ISO instant of the order's first entry in this statement (capture or refund). */
  date: string
  items_fen: number
  refund_fen: number
  shipping_fen: number
  addback_fen: number
  gross_fen: number
  commission_fen: number
  payout_fen: number
}

export interface SettlementSummaryView {
  orders: number
  /** Money captured from shoppers for this enterprise (items + shipping) and refunded to them. */
  captured_fen: number
  items_fen: number
  refund_fen: number
  shipping_fen: number
  addback_fen: number
  gross_fen: number
  commission_bps: number
  commission_fen: number
  payout_fen: number
}

export interface SettlementStatementView {
  /** Null while the period is open (nothing stored yet). */
  id: string | null
  enterprise_id: string
  enterprise_handle: string
  enterprise_name: string
  period_from: string
  period_to: string
  status: SettlementStatus
  closed_at: string | null
  paid_at: string | null
  payout_reference: string | null
  summary: SettlementSummaryView
  lines: SettlementOrderLineView[]
}

/** A period across enterprises (admin): each enterprise's statement without its lines. */
export interface SettlementPeriodView {
  period_from: string
  period_to: string
  statements: Omit<SettlementStatementView, "lines">[]
  totals: Omit<SettlementSummaryView, "commission_bps">
}
