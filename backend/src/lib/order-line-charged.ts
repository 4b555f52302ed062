import { MathBN } from "@medusajs/framework/utils"
import { toFen } from "./settlement-money"

/**
 * What the shopper was charged for a whole order line, in fen, however many units came back.
 *
 * Medusa 2.21's order line `total` is the total of the units still kept: once a return is received
 * (or dismissed) the line's total shrinks by those units (utils/totals/line-item, "current
 * quantity"). Capture, refunds and settlement need the amount that was charged, so the returned
 * units' share, which Medusa computes with the same per-unit total, is added back before rounding
 * once. Query graphs must ask for LINE_CHARGED_FIELDS and a top-level total so the order module
 * computes them. settlement-reconciliation.spec breaks if Medusa changes this.
 */
export const LINE_CHARGED_FIELDS = [
  "items.total",
  "items.return_received_total",
  "items.return_dismissed_total",
  "items.detail.return_received_quantity",
  "items.detail.return_dismissed_quantity",
] as const

type Amount = Parameters<typeof MathBN.convert>[0]

export interface ChargedLine {
  total?: Amount | null
  return_received_total?: Amount | null
  return_dismissed_total?: Amount | null
}

export function lineChargedFen(item: ChargedLine): number {
  return toFen(MathBN.add(MathBN.add(item.total ?? 0, item.return_received_total ?? 0), item.return_dismissed_total ?? 0))
}
