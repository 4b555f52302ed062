import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildTotalsView, partTotalsSource, TOTALS_FIELDS, type MedusaTotalsSource, type TotalsView } from "@seleno/domain"
import ProductEnterpriseLink from "../links/product-enterprise"
import type { OrderGraph, OrderPart } from "./enterprise-order-part-view"
import { enterpriseByShippingOption } from "./parcels"
import { LINE_CHARGED_FIELDS } from "./order-line-charged"

/**
 * An enterprise's "part" of an order: the order's line items whose product is linked to it. One
 * order stays the shopper's one payment (no child orders per enterprise); each enterprise sees and
 * fulfils only its items. Items are matched by the product_id Medusa snapshots on the line item.
 */

export * from "./enterprise-order-part-view"

// What the part views need of an order: the totals view's fields (with the top-level total that
// makes the order module compute line totals; items.total alone comes back 0), each line as
// charged (returned units shrink items.total), and the part's own line, parcel and shipment fields.
export const ORDER_PART_FIELDS = [
  ...new Set([
    "id",
    "display_id",
    "created_at",
    "status",
    "is_draft_order",
    "shipping_address.*",
    ...TOTALS_FIELDS,
    ...LINE_CHARGED_FIELDS,
    "items.product_id",
    "items.variant_id",
    "items.variant_sku",
    "items.variant_barcode",
    "items.thumbnail",
    "items.tax_total",
    "items.detail.quantity",
    "items.detail.fulfilled_quantity",
    "items.detail.shipped_quantity",
    "shipping_methods.tax_total",
    "shipping_methods.shipping_option_id",
    "fulfillments.id",
    "fulfillments.created_at",
    "fulfillments.shipped_at",
    "fulfillments.canceled_at",
    "fulfillments.metadata",
    "fulfillments.labels.tracking_number",
    "fulfillments.labels.tracking_url",
    "fulfillments.items.line_item_id",
    "fulfillments.items.quantity",
  ]),
]

/**
 * Product id → enterprise id, read through the link's own table: of one enterprise's products, of
 * the given products, or (neither given) of every product.
 */
export async function productEnterpriseMap(container: MedusaContainer, enterpriseId?: string, productIds?: string[]): Promise<Map<string, string>> {
  if (productIds && !productIds.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: ProductEnterpriseLink.entryPoint,
    fields: ["product_id", "enterprise_id"],
    filters: { ...(enterpriseId ? { enterprise_id: enterpriseId } : {}), ...(productIds ? { product_id: productIds } : {}) },
  })
  return new Map(data.map((row: { product_id: string; enterprise_id: string }) => [row.product_id, row.enterprise_id]))
}

/** Ids of (non-draft) orders holding at least one of `productIds`, newest first, with the count. */
export async function ordersWithProducts(
  container: MedusaContainer,
  productIds: string[],
  page: { limit: number; offset: number },
  /** Only orders placed in [start, end). */
  placed?: { start: Date; end: Date }
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
    .modify((q) => {
      if (placed) q.where("o.created_at", ">=", placed.start).andWhere("o.created_at", "<", placed.end)
    })
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


/**
 * The part's own totals, as the portal's order page shows them: its lines, the codes on them, and
 * the shipping of the parcels the enterprise sends.
 */
export async function partTotals(container: MedusaContainer, order: OrderGraph, part: OrderPart, shippers?: Map<string, string>): Promise<TotalsView> {
  const methods = (order.shipping_methods ?? []) as { id: string; shipping_option_id?: string | null }[]
  // Shipping option → its enterprise; a caller walking many orders reads them once for all.
  const shipperOf = shippers ?? (await enterpriseByShippingOption(container, methods.map((m) => m.shipping_option_id ?? "")))
  const source = partTotalsSource(order as MedusaTotalsSource, {
    itemIds: new Set(part.items.map((i) => i.id)),
    shippingMethodIds: new Set(methods.filter((m) => shipperOf.get(m.shipping_option_id ?? "") === part.enterprise_id).map((m) => m.id)),
  })
  return buildTotalsView(source)
}
