import { refundFenForUnits } from "../settlement/rules"
import {
  AFTER_SALES_LIMITS,
  AFTER_SALES_REASONS_BY_KIND,
  OPEN_AFTER_SALES_STATUSES,
  type AfterSalesKind,
  type AfterSalesProblemCode,
  type AfterSalesReason,
  type AfterSalesStatus,
} from "./vocabulary"

const DAY_MS = 24 * 60 * 60 * 1000

export interface PartLine {
  item_id: string
  product_id: string
  /** Units bought. */
  quantity: number
  /** What the shopper paid for the whole line after discounts, tax included, in fen. */
  total_fen: number
  perishable: boolean
}

export interface EarlierRequest {
  status: AfterSalesStatus
  /** line_total_fen: what the whole line was paid, as recorded when this request was made. */
  items: { item_id: string; quantity: number; line_total_fen?: number }[]
}

export interface AskedItem {
  item_id: string
  quantity: number
}

export interface RequestProblem {
  code: AfterSalesProblemCode
  item_id?: string
}

/**
 * Whether the shopper may ask for this, `at` a given time, of a part delivered at `deliveredAt`
 * (null: not delivered yet). The first problem found, or null. Pure: the service hands in the part's
 * lines, the handling of each product and the part's earlier requests.
 */
export function requestProblem(input: {
  kind: AfterSalesKind
  reason: AfterSalesReason
  items: AskedItem[]
  lines: PartLine[]
  earlier: EarlierRequest[]
  deliveredAt: Date | null
  at: Date
}): RequestProblem | null {
  const { kind, reason, items, lines, earlier, deliveredAt, at } = input
  if (!AFTER_SALES_REASONS_BY_KIND[kind].includes(reason)) return { code: "reason_kind_mismatch" }
  if (!items.length) return { code: "items_required" }
  const byId = new Map(lines.map((l) => [l.item_id, l]))
  const seen = new Set<string>()
  for (const asked of items) {
    if (!byId.has(asked.item_id)) return { code: "item_not_in_part", item_id: asked.item_id }
    if (seen.has(asked.item_id)) return { code: "item_listed_twice", item_id: asked.item_id }
    seen.add(asked.item_id)
    if (!Number.isInteger(asked.quantity) || asked.quantity <= 0) return { code: "quantity_invalid", item_id: asked.item_id }
  }
  if (!deliveredAt) return { code: "not_delivered" }
  const days = (at.getTime() - deliveredAt.getTime()) / DAY_MS
  if (reason === "no_reason") {
    const perishable = items.find((i) => byId.get(i.item_id)!.perishable)
    if (perishable) return { code: "perishable_no_reason", item_id: perishable.item_id }
    if (days > AFTER_SALES_LIMITS.noReasonDays) return { code: "no_reason_window_closed" }
  } else if (days > AFTER_SALES_LIMITS.qualityClaimDays) {
    return { code: "claim_window_closed" }
  }
  for (const asked of items) {
    const line = byId.get(asked.item_id)!
    const open = unitsIn(earlier, asked.item_id, OPEN_AFTER_SALES_STATUSES)
    const refunded = unitsIn(earlier, asked.item_id, ["refunded"])
    if (asked.quantity > line.quantity - refunded - open) {
      // Units another request still holds are "already asked for", not "more than bought".
      return { code: open > 0 && asked.quantity <= line.quantity - refunded ? "open_request_exists" : "quantity_exceeds", item_id: asked.item_id }
    }
  }
  return null
}

/** Units of `itemId` in the earlier requests with one of `statuses`. */
export function unitsIn(earlier: EarlierRequest[], itemId: string, statuses: readonly AfterSalesStatus[]): number {
  return earlier
    .filter((r) => statuses.includes(r.status))
    .flatMap((r) => r.items)
    .filter((i) => i.item_id === itemId)
    .reduce((sum, i) => sum + i.quantity, 0)
}

/**
 * The refund of a request in fen: per line refundFenForUnits (the rule settlement deducts with),
 * counting the units refunded before, so a line's refunds add up to exactly what was paid for it.
 */
export function requestRefundFen(items: AskedItem[], lines: PartLine[], earlier: EarlierRequest[]): number {
  const byId = new Map(lines.map((l) => [l.item_id, l]))
  return items.reduce((sum, asked) => {
    const line = byId.get(asked.item_id)
    if (!line) throw new RangeError(`item ${asked.item_id} is not in the part`)
    const refunded = unitsIn(earlier, asked.item_id, ["refunded"])
    return sum + refundFenForUnits({ totalFen: line.total_fen, quantity: line.quantity }, refunded, asked.quantity)
  }, 0)
}

/**
 * Whether `refundFen` may be paid back from a payment that captured `capturedFen` and has refunded
 * `refundedFen` already: never money that was not taken, never more than what is left.
 */
export function refundProblem(refundFen: number, capturedFen: number, refundedFen: number): "payment_not_captured" | "refund_exceeds_paid" | null {
  if (capturedFen <= 0) return "payment_not_captured"
  if (refundFen > capturedFen - refundedFen) return "refund_exceeds_paid"
  return null
}

/** Whether a part shipped at `shippedAt` counts as delivered at `at` without the shopper's word. */
export function autoDeliveryDue(shippedAt: Date, at: Date, days: number = AFTER_SALES_LIMITS.defaultAutoConfirmDays): boolean {
  return at.getTime() - shippedAt.getTime() >= days * DAY_MS
}

/** The auto-confirm delay from the environment (DELIVERY_AUTO_CONFIRM_DAYS): unset → the default; a whole number of days 1–60, else refused. */
export function autoConfirmDays(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return AFTER_SALES_LIMITS.defaultAutoConfirmDays
  const days = Number(value)
  if (!Number.isInteger(days) || days < 1 || days > 60) throw new RangeError(`DELIVERY_AUTO_CONFIRM_DAYS must be a whole number of days from 1 to 60, not "${value}"`)
  return days
}
