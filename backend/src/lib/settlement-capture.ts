import { refundFenForUnits } from "@seleno/domain"

/**
 * What shipping part of an order takes from the shopper's payment, in fen (pure; no I/O).
 * Items: the units shipped now of each line, priced with the one unit rule (refundFenForUnits,
 * cumulative over the units shipped before), so all shipments of a line add up to the line's
 * total exactly. Shipping: the enterprise's own shipping methods, taken with its first shipment.
 * Add-back: the platform-funded share of those units' discount, by the same unit rule.
 */
export interface CaptureLine {
  id: string
  quantity: number
  total_fen: number
  /**
   * Units of the line shipped (and so captured) before this shipment. Shipped, not fulfilled: a
   * part may be packed (fulfilled) well before it ships, and only shipping takes money.
   */
  shipped_before: number
  addback_fen: number
}

export interface PartCaptureAmounts {
  items_fen: number
  shipping_fen: number
  addback_fen: number
}

export function partCaptureAmounts(
  lines: CaptureLine[],
  shipping: { id: string; quantity: number }[],
  ownShippingFen: number,
  shippingAlreadyCaptured: boolean
): PartCaptureAmounts {
  const byId = new Map(lines.map((l) => [l.id, l]))
  let items = 0
  let addback = 0
  for (const shipped of shipping) {
    const line = byId.get(shipped.id)
    if (!line) throw new RangeError(`item ${shipped.id} is not part of this order`)
    items += refundFenForUnits({ totalFen: line.total_fen, quantity: line.quantity }, line.shipped_before, shipped.quantity)
    if (line.addback_fen > 0) addback += refundFenForUnits({ totalFen: line.addback_fen, quantity: line.quantity }, line.shipped_before, shipped.quantity)
  }
  return { items_fen: items, shipping_fen: shippingAlreadyCaptured ? 0 : ownShippingFen, addback_fen: addback }
}
