/** Stock state of a variant as the shopper sees it. */
export type StockState = "in_stock" | "low_stock" | "sold_out"

export const LOW_STOCK_THRESHOLD = 5
/** Upper bound of the quantity input when a variant's stock is not tracked. */
export const MAX_QUANTITY = 99

export interface StockInput {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}

export function stockState(variant: StockInput): StockState {
  if (variant.manage_inventory === false || variant.allow_backorder) return "in_stock"
  const quantity = variant.inventory_quantity ?? 0
  if (quantity <= 0) return "sold_out"
  return quantity <= LOW_STOCK_THRESHOLD ? "low_stock" : "in_stock"
}

/** The most a shopper may put in the cart at once. */
export function maxOrderable(variant: StockInput): number {
  if (variant.manage_inventory === false || variant.allow_backorder) return MAX_QUANTITY
  return Math.max(0, Math.min(MAX_QUANTITY, variant.inventory_quantity ?? 0))
}
