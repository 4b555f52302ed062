/**
 * The settlement context's vocabulary. A statement is one enterprise's account for one period:
 * `open` while money still flows into it (computed, never stored), `closed` once staff freeze it,
 * `paid` once the payout left with a reference. The ledger holds two kinds of entries: what was
 * captured when a part shipped, and what a received return deducts.
 */
export const SETTLEMENT_STATUSES = ["open", "closed", "paid"] as const
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number]

/** Statuses a stored statement can have (open statements are never stored). */
export const STORED_SETTLEMENT_STATUSES = ["closed", "paid"] as const satisfies readonly SettlementStatus[]

export const SETTLEMENT_ENTRY_KINDS = ["capture", "refund"] as const
export type SettlementEntryKind = (typeof SETTLEMENT_ENTRY_KINDS)[number]

export const SETTLEMENT_STATUS_NAMES: Record<SettlementStatus, { zh: string; en: string }> = {
  open: { zh: "未结", en: "open" },
  closed: { zh: "已结账，待付款", en: "closed, payout pending" },
  paid: { zh: "已付款", en: "paid" },
}

/** Codes of the refusals a person can act on; the portal and admin translate them. */
export const SETTLEMENT_ERROR_CODES = ["period_already_closed", "period_overlaps_closed", "period_open", "already_paid", "statement_not_found"] as const
export type SettlementErrorCode = (typeof SETTLEMENT_ERROR_CODES)[number]
