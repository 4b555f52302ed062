import { findCarrier, type OrderPartStatus } from "@seleno/domain"
import { lineChargedFen } from "./order-line-charged"
import { formatFen, toFen } from "./settlement-money"

/** Pure views of an enterprise's part of an order (no I/O; see enterprise-order-parts.ts for loading). */

export type PartStatus = OrderPartStatus

export interface PartItem {
  id: string
  title: string
  product_id: string
  product_title: string | null
  variant_id: string | null
  variant_title: string | null
  variant_sku: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  /**
   * subtotal: at the listed prices (tax included, as Chinese prices are) before promotions;
   * total: what the shopper pays for the item after promotions. CNY major units, like Medusa's.
   */
  subtotal: number
  total: number
  /** What the shopper was charged for the whole line, in fen; unlike total, returns do not shrink it. */
  charged_fen: number
  fulfilled_quantity: number
  shipped_quantity: number
  unfulfilled_quantity: number
}

export interface PartFulfilment {
  id: string
  created_at: string
  shipped_at: string | null
  carrier: { code: string; name: { zh: string; en: string } } | null
  tracking_number: string | null
  tracking_url: string | null
  items: { line_item_id: string; quantity: number }[]
}

export interface OrderPart {
  enterprise_id: string
  items: PartItem[]
  subtotal: number
  total: number
  status: PartStatus
  fulfillments: PartFulfilment[]
}

/* eslint-disable @typescript-eslint/no-explicit-any -- Query returns loosely typed graphs; each field is read and converted once, here. */
export type OrderGraph = Record<string, any>

const num = (value: unknown): number => Number((value as { value?: unknown } | null)?.value ?? value ?? 0)

function toItem(item: OrderGraph): PartItem {
  const quantity = num(item.quantity)
  const fulfilled = num(item.detail?.fulfilled_quantity)
  return {
    id: item.id,
    title: item.title,
    product_id: item.product_id,
    product_title: item.product_title ?? null,
    variant_id: item.variant_id ?? null,
    variant_title: item.variant_title ?? null,
    variant_sku: item.variant_sku ?? null,
    thumbnail: item.thumbnail ?? null,
    quantity,
    unit_price: num(item.unit_price),
    // Medusa's own items.subtotal excludes the tax inside a tax-inclusive price; original_total does not.
    subtotal: toFen(item.original_total ?? 0) / 100,
    total: toFen(item.total ?? 0) / 100,
    charged_fen: lineChargedFen(item),
    fulfilled_quantity: fulfilled,
    shipped_quantity: num(item.detail?.shipped_quantity),
    unfulfilled_quantity: Math.max(quantity - fulfilled, 0),
  }
}

/** Not started, some but not all, all packed, or all handed to the carrier. */
export function partStatus(items: Pick<PartItem, "quantity" | "fulfilled_quantity" | "shipped_quantity">[]): PartStatus {
  if (items.every((i) => i.fulfilled_quantity <= 0)) return "not_fulfilled"
  if (items.some((i) => i.fulfilled_quantity < i.quantity)) return "partially_fulfilled"
  return items.every((i) => i.shipped_quantity >= i.quantity) ? "shipped" : "fulfilled"
}

function toFulfilment(fulfillment: OrderGraph): PartFulfilment {
  const label = (fulfillment.labels ?? [])[0] as OrderGraph | undefined
  const carrier = findCarrier(String(fulfillment.metadata?.carrier ?? ""))
  return {
    id: fulfillment.id,
    created_at: fulfillment.created_at,
    shipped_at: fulfillment.shipped_at ?? null,
    carrier: carrier ? { code: carrier.code, name: carrier.name } : null,
    tracking_number: label?.tracking_number ?? (fulfillment.metadata?.tracking_number as string | undefined) ?? null,
    tracking_url: label?.tracking_url || null,
    items: (fulfillment.items ?? []).map((i: OrderGraph) => ({ line_item_id: i.line_item_id, quantity: num(i.quantity) })),
  }
}

/** The items of `order` whose product is in `products` (product id → enterprise id), as one part. */
export function orderPart(order: OrderGraph, enterpriseId: string, products: Map<string, string>): OrderPart | null {
  const items = ((order.items ?? []) as OrderGraph[]).filter((i) => products.get(i.product_id) === enterpriseId).map(toItem)
  if (!items.length) return null
  const itemIds = new Set(items.map((i) => i.id))
  // A fulfilment belongs to the part it packed: every fulfilment holds one enterprise's items only.
  const fulfillments = ((order.fulfillments ?? []) as OrderGraph[])
    .filter((f) => !f.canceled_at && (f.items ?? []).some((i: OrderGraph) => itemIds.has(i.line_item_id)))
    .map(toFulfilment)
  const subtotalFen = items.reduce((sum, i) => sum + toFen(i.subtotal), 0)
  const totalFen = items.reduce((sum, i) => sum + toFen(i.total), 0)
  return {
    enterprise_id: enterpriseId,
    items,
    subtotal: Number(formatFen(subtotalFen)),
    total: Number(formatFen(totalFen)),
    status: partStatus(items),
    fulfillments,
  }
}

// A waybill's fields (address_2 holds the district, see the README); ids and metadata stay inside.
const WAYBILL_FIELDS = ["first_name", "last_name", "company", "phone", "country_code", "province", "city", "address_2", "address_1", "postal_code"] as const

function shippingAddress(address: OrderGraph | null | undefined): Record<string, string | null> | null {
  if (!address) return null
  return Object.fromEntries(WAYBILL_FIELDS.map((field) => [field, (address[field] as string | null | undefined) ?? null]))
}

/**
 * The order as an enterprise may see it: its own part only, and the address to ship to (name,
 * phone, address: what a waybill needs); the shopper's e-mail stays with the platform.
 */
export function enterpriseOrderView(order: OrderGraph, part: OrderPart) {
  return {
    id: order.id as string,
    display_id: order.display_id as number,
    created_at: order.created_at as string,
    status: order.status as string,
    currency_code: order.currency_code as string,
    shipping_address: shippingAddress(order.shipping_address),
    items: part.items,
    subtotal: part.subtotal,
    total: part.total,
    fulfillment_status: part.status,
    fulfillments: part.fulfillments,
  }
}
