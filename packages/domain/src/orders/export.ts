/**
 * Bulk work on an enterprise's order parts: the states a part is in (its own items only, whatever
 * other enterprises' items the order holds), the export's filters, and packing slips.
 */

/** Not started, some packed, all packed, all handed to the carrier. */
export const ORDER_PART_STATUSES = ["not_fulfilled", "partially_fulfilled", "fulfilled", "shipped"] as const
export type OrderPartStatus = (typeof ORDER_PART_STATUSES)[number]

/** At most this many order parts in one packing-slip file. */
export const PACKING_SLIPS_MAX = 100

/** Why a packing-slip file cannot be made; the portal words each code. */
export const PACKING_SLIP_PROBLEM_CODES = ["packing_slip_none_selected", "packing_slip_too_many"] as const
export type PackingSlipProblemCode = (typeof PACKING_SLIP_PROBLEM_CODES)[number]

/**
 * What a packing slip shows of the buyer: the export (a file that travels) carries only the region
 * (province, city, district); the slip goes into the parcel the enterprise ships, so it carries the
 * full address, like the waybill.
 */
export interface PackingSlipView {
  order_id: string
  display_id: number
  created_at: string
  recipient: { name: string; phone: string | null; address: string; postal_code: string | null } | null
  items: { title: string; variant_title: string | null; sku: string | null; gtin: string | null; quantity: number }[]
  /** Some of the part is packed (a fulfilment exists, with or without a waybill yet). */
  packed: boolean
  /** The waybills of the part's fulfilments: packed and shipped ones with a number. */
  waybills: { carrier: string | null; tracking_number: string }[]
}
