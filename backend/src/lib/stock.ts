/**
 * Whether a cart's lines can still be had, in the shape Medusa's completeCartWorkflow loads them
 * (`items.variant.inventory_items.inventory.location_levels…`), and the message a shopper gets
 * when one cannot: "… is sold out" or "Only N left of …", never an inventory item id.
 */

type Level = {
  location_id?: string | null
  stocked_quantity?: unknown
  reserved_quantity?: unknown
  stock_locations?: ({ sales_channels?: ({ id?: string } | null)[] | null } | null)[] | null
} | null

export type StockCartItem = {
  quantity?: unknown
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  variant?: {
    manage_inventory?: boolean | null
    allow_backorder?: boolean | null
    inventory_items?: ({ required_quantity?: unknown; inventory?: { location_levels?: Level[] | null } | null } | null)[] | null
  } | null
} | null

export type StockCart = { sales_channel_id?: string | null; items?: StockCartItem[] | null }

export type Shortfall = { name: string; wanted: number; available: number }

function num(value: unknown): number {
  const n = Number(value ?? 0)
  return Number.isFinite(n) ? n : 0
}

/** "紫阳毛尖富硒绿茶 (125克罐装)": what the shopper sees on the line. */
export function lineName(item: NonNullable<StockCartItem>): string {
  const product = item.product_title ?? item.title ?? "This item"
  return item.variant_title && item.variant_title !== product ? `${product} (${item.variant_title})` : product
}

/**
 * The first line whose variant has fewer units available (stocked − reserved, at the locations of
 * the cart's sales channel) than the line needs, in whole variant units; undefined when all fit.
 */
export function findShortfall(cart: StockCart): Shortfall | undefined {
  for (const item of cart.items ?? []) {
    const variant = item?.variant
    if (!item || !variant?.manage_inventory || variant.allow_backorder) continue
    const wanted = num(item.quantity)
    let available = Infinity
    for (const link of variant.inventory_items ?? []) {
      const perUnit = num(link?.required_quantity) || 1
      const levels = (link?.inventory?.location_levels ?? []).filter((level) => {
        const channels = (level?.stock_locations ?? []).flatMap((l) => l?.sales_channels ?? [])
        return !cart.sales_channel_id || channels.some((c) => c?.id === cart.sales_channel_id)
      })
      // Medusa reserves a line at one location, so the best single location is what can be had.
      const best = Math.max(0, ...levels.map((level) => num(level?.stocked_quantity) - num(level?.reserved_quantity)))
      available = Math.min(available, Math.floor(best / perUnit))
    }
    if (available !== Infinity && available < wanted) return { name: lineName(item), wanted, available }
  }
  return undefined
}

export function shortfallMessage({ name, available }: Shortfall): string {
  return available <= 0 ? `${name} is sold out` : `Only ${available} left of ${name}`
}
