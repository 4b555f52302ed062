/**
 * Stock of a variant as an enterprise sees it: what is on the shelf (stocked), what open orders and
 * carts being completed hold (reserved: Medusa's reservation items, summed on each inventory level)
 * and what can still be sold (sellable = stocked − reserved, never below 0). A low-stock threshold
 * is the enterprise's own: at or below it the variant is "low", and the team hears of it once per
 * crossing.
 */

export interface StockLevelLike {
  stocked_quantity?: unknown
  reserved_quantity?: unknown
}

export interface StockFigures {
  stocked: number
  reserved: number
  sellable: number
}

export interface VariantStockView extends StockFigures {
  /** The enterprise's threshold for this variant, or null when it set none. */
  low_stock_threshold: number | null
  /** Sellable stock is at or below the threshold. */
  low: boolean
}

/** The largest threshold an enterprise may set (the same bound as stock itself). */
export const LOW_STOCK_THRESHOLD_MAX = 10_000_000

const whole = (value: unknown): number => {
  const n = Number((value as { value?: unknown } | null)?.value ?? value ?? 0)
  return Number.isFinite(n) ? n : 0
}

/** Stocked, reserved and sellable over a variant's inventory levels (all its locations). */
export function stockFigures(levels: readonly (StockLevelLike | null | undefined)[]): StockFigures {
  let stocked = 0
  let reserved = 0
  for (const level of levels) {
    if (!level) continue
    stocked += whole(level.stocked_quantity)
    reserved += whole(level.reserved_quantity)
  }
  return { stocked, reserved, sellable: Math.max(stocked - reserved, 0) }
}

export function isLowStock(sellable: number, threshold: number | null | undefined): boolean {
  return threshold != null && sellable <= threshold
}

/**
 * One look at a variant's sellable stock against its threshold, given whether the team was already
 * told of the current dip (`alerted`): tell them when it has just fallen to or below the threshold,
 * stay quiet while it stays there, and re-arm once it is above the threshold again.
 */
export function lowStockStep(state: { threshold: number; alerted: boolean }, sellable: number): { notify: boolean; alerted: boolean } {
  const low = isLowStock(sellable, state.threshold)
  if (!low) return { notify: false, alerted: false }
  return { notify: !state.alerted, alerted: true }
}
