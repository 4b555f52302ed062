import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderGraph } from "./enterprise-order-parts"
import type { Period } from "./settlement-period"

/**
 * Orders of an enterprise's products in a period, as the dashboard counts its sales. Settlement
 * itself counts captured money, not orders placed: see settlement-statement.ts.
 */

/** Ids of orders placed in the period (not draft, not canceled) that hold any of `productIds`. */
export async function orderIdsInPeriod(container: MedusaContainer, productIds: string[], period: Pick<Period, "start" | "end">): Promise<string[]> {
  if (!productIds.length) return []
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { id: string }[] = await knex("order as o")
    .join("order_item as oi", function () {
      this.on("oi.order_id", "o.id").andOn("oi.version", "o.version")
    })
    .join("order_line_item as li", "li.id", "oi.item_id")
    .whereNull("o.deleted_at")
    .whereNull("oi.deleted_at")
    .whereNull("li.deleted_at")
    .where("o.is_draft_order", false)
    .whereNot("o.status", "canceled")
    .where("o.created_at", ">=", period.start)
    .where("o.created_at", "<", period.end)
    .whereIn("li.product_id", productIds)
    .distinct("o.id")
  return rows.map((r) => r.id)
}

const CHUNK = 200

/** Orders with their items' totals (computed by Medusa's order module), a chunk at a time. */
export async function ordersWithItemTotals(container: MedusaContainer, ids: string[]): Promise<OrderGraph[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orders: OrderGraph[] = []
  for (let i = 0; i < ids.length; i += CHUNK) {
    const { data } = await query.graph({
      entity: "order",
      // item_total makes the order module compute item totals (see ORDER_PART_FIELDS).
      fields: ["id", "created_at", "status", "item_total", "items.id", "items.product_id", "items.product_title", "items.title", "items.quantity", "items.total"],
      filters: { id: ids.slice(i, i + CHUNK) },
    })
    orders.push(...(data as OrderGraph[]))
  }
  return orders
}
