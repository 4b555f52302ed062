import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../modules/settlement"
import type SettlementModuleService from "../modules/settlement/service"
import { platformFundedFenByItem } from "./discount-funding"
import { LINE_CHARGED_FIELDS } from "./order-line-charged"
import { productEnterpriseMap } from "./enterprise-order-parts"
import { refundDeductions } from "./settlement-figures"

/* eslint-disable @typescript-eslint/no-explicit-any -- Query graphs are loosely typed; read once here. */
/**
 * Brings the ledger up to date with Medusa's returns: every received return of an order whose part
 * was captured becomes a refund entry per enterprise, once (its source key is unique). Entries made
 * after a period closed carry their own date but fall into the next open statement.
 */
export async function syncRefundEntries(container: MedusaContainer, enterpriseId?: string): Promise<void> {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const captures = await settlement.listSettlementEntries({ kind: "capture", ...(enterpriseId ? { enterprise_id: enterpriseId } : {}) }, { select: ["order_id"], take: null })
  const orderIds = [...new Set(captures.map((c) => c.order_id))]
  if (!orderIds.length) return
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // Only orders with a received return need reading.
  const withReturns: { order_id: string }[] = await knex("return").distinct("order_id").whereIn("order_id", orderIds).where("status", "received").whereNull("deleted_at")
  if (!withReturns.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const existing = new Set(
    (await settlement.listSettlementEntries({ kind: "refund", order_id: withReturns.map((r) => r.order_id) }, { select: ["source_key"], take: null })).map((e) => e.source_key)
  )
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "total", "items.id", "items.product_id", "items.quantity", ...LINE_CHARGED_FIELDS],
    filters: { id: withReturns.map((r) => r.order_id) },
  })
  // Read on their own: nested under an order graph that computes totals, return items come back
  // without received_quantity (Medusa 2.21).
  const { data: returns } = await query.graph({
    entity: "return",
    fields: ["id", "order_id", "status", "received_at", "items.item_id", "items.received_quantity"],
    filters: { order_id: withReturns.map((r) => r.order_id), status: "received" },
  })
  for (const order of orders as any[]) order.returns = (returns as any[]).filter((r) => r.order_id === order.id)
  for (const order of orders as any[]) {
    const owners = await productEnterpriseMap(container, undefined, (order.items ?? []).map((i: any) => i.product_id).filter(Boolean))
    const addbacks = await platformFundedFenByItem(container, (order.items ?? []).map((i: any) => i.id))
    const fresh = refundDeductions(order, owners, addbacks)
      .filter((d) => !enterpriseId || d.enterprise_id === enterpriseId)
      .map((d) => ({ ...d, source_key: `return:${d.return_id}:${d.enterprise_id}` }))
      .filter((d) => !existing.has(d.source_key))
    if (!fresh.length) continue
    await settlement.createSettlementEntries(
      fresh.map((d) => ({
        source_key: d.source_key,
        kind: "refund" as const,
        enterprise_id: d.enterprise_id,
        order_id: order.id,
        occurred_at: d.occurred_at,
        refund_fen: d.refund_fen,
        addback_fen: d.addback_fen,
        items_fen: 0,
        shipping_fen: 0,
        return_id: d.return_id,
      }))
    )
  }
}
