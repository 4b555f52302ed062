import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findCarrier } from "@seleno/domain"
import ProductEnterpriseLink from "../links/product-enterprise"
import { formatFen, toFen } from "./settlement-money"

/**
 * An enterprise's "part" of an order: the order's line items whose product is linked to it. One
 * order stays the shopper's one payment (no child orders per enterprise); each enterprise sees and
 * fulfils only its items. Items are matched by the product_id Medusa snapshots on the line item.
 */

export type PartStatus = "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "shipped"

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

// What the part views need of an order. The order module computes item totals only when a
// top-level total (here item_total) is asked for too; items.total alone comes back 0.
export const ORDER_PART_FIELDS = [
  "id",
  "item_total",
  "display_id",
  "created_at",
  "status",
  "currency_code",
  "email",
  "is_draft_order",
  "shipping_address.*",
  "items.id",
  "items.title",
  "items.product_id",
  "items.product_title",
  "items.variant_id",
  "items.variant_title",
  "items.variant_sku",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.original_total",
  "items.total",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
]

/* eslint-disable @typescript-eslint/no-explicit-any -- Query returns loosely typed graphs; each field is read and converted once, here. */
export type OrderGraph = Record<string, any>

const num = (value: unknown): number => Number((value as { value?: unknown } | null)?.value ?? value ?? 0)

/** Product ids linked to each enterprise (or to one), read through the link's own table. */
export async function productEnterpriseMap(container: MedusaContainer, enterpriseId?: string): Promise<Map<string, string>> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: ProductEnterpriseLink.entryPoint,
    fields: ["product_id", "enterprise_id"],
    filters: enterpriseId ? { enterprise_id: enterpriseId } : {},
  })
  return new Map(data.map((row: { product_id: string; enterprise_id: string }) => [row.product_id, row.enterprise_id]))
}

/** Ids of (non-draft) orders holding at least one of `productIds`, newest first, with the count. */
export async function ordersWithProducts(
  container: MedusaContainer,
  productIds: string[],
  page: { limit: number; offset: number }
): Promise<{ ids: string[]; count: number }> {
  if (!productIds.length) return { ids: [], count: 0 }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // Only the order's current version of its items (order edits add versions).
  const matching = knex("order as o")
    .join("order_item as oi", function () {
      this.on("oi.order_id", "o.id").andOn("oi.version", "o.version")
    })
    .join("order_line_item as li", "li.id", "oi.item_id")
    .whereNull("o.deleted_at")
    .whereNull("oi.deleted_at")
    .whereNull("li.deleted_at")
    .where("o.is_draft_order", false)
    .whereIn("li.product_id", productIds)
    .groupBy("o.id", "o.created_at")
    .select("o.id", "o.created_at")
  const counted = await knex.from(matching.clone().as("m")).count<{ count: string }[]>("* as count")
  const rows: { id: string }[] = await matching.orderBy([{ column: "o.created_at", order: "desc" }, { column: "o.id", order: "desc" }]).limit(page.limit).offset(page.offset)
  return { ids: rows.map((r) => r.id), count: Number(counted[0]?.count ?? 0) }
}

/** Orders with what the part views need, in the order of `ids`. */
export async function loadOrders(container: MedusaContainer, ids: string[]): Promise<OrderGraph[]> {
  if (!ids.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ORDER_PART_FIELDS,
    filters: { id: ids, is_draft_order: false },
  })
  const byId = new Map(data.map((o: OrderGraph) => [o.id as string, o]))
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
}

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

/** The order as an enterprise may see it: its own part only, and the address to ship to. */
export function enterpriseOrderView(order: OrderGraph, part: OrderPart) {
  return {
    id: order.id as string,
    display_id: order.display_id as number,
    created_at: order.created_at as string,
    status: order.status as string,
    currency_code: order.currency_code as string,
    email: order.email as string | null,
    shipping_address: order.shipping_address ?? null,
    items: part.items,
    subtotal: part.subtotal,
    total: part.total,
    fulfillment_status: part.status,
    fulfillments: part.fulfillments,
  }
}
