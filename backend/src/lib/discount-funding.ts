import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { type FundingSource, fundingOf, platformLiveFen } from "@seleno/domain"
import { MARKETING_MODULE } from "../modules/marketing"
import type MarketingModuleService from "../modules/marketing/service"
import { loadSessionPrices } from "./marketing/live-session-prices"
import { toFen } from "./settlement-money"

type OrderItemLister = {
  listOrderItems: (filters: Record<string, unknown>, config: Record<string, unknown>) => Promise<{ order_id: string; item_id: string; quantity?: unknown; version?: number }[]>
}
type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: Record<string, unknown>[] }> }

interface OrderItemRow {
  id: string
  variant_id: string | null
  quantity: number | string
  unit_price: number | string
  compare_at_unit_price?: number | string | null
  adjustments?: ({ amount: number | string; promotion_id: string | null } | null)[] | null
}

/** One order line's funding as placed (the order_line_funding row, before it is written). */
export interface LineFunding {
  order_id: string
  item_id: string
  variant_id: string | null
  quantity: number
  unit_price_fen: number
  list_unit_price_fen: number | null
  live_session_id: string | null
  live_funding: FundingSource | null
  platform_live_fen: number
  platform_promotion_fen: number
}

/** Which live session priced `variantId` at `unitFen` at `at`: a session running then whose price list has exactly that price. */
async function sessionPricesAt(container: MedusaContainer, at: Date) {
  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  const sessions = await marketing.listLiveSessions({ starts_at: { $lte: at }, ends_at: { $gt: at } } as Record<string, unknown>)
  const prices = await loadSessionPrices(container, sessions.flatMap((s) => (s.price_list_id ? [s.price_list_id] : [])))
  return sessions.flatMap((session) =>
    (prices.get(session.price_list_id ?? "") ?? []).map((price) => ({ session_id: session.id, funding: fundingOf(session.funding_source), ...price }))
  )
}

/**
 * Works out each line's funding for an order as it was placed: the promotion adjustments of
 * platform-funded codes (their metadata says who pays; unmarked codes are the enterprise's), and
 * for a line priced by a live session running when the order was placed, the cut from the regular
 * price (Medusa's compare_at_unit_price, else the session's recorded regular price) when the
 * platform funds that session. Integer fen.
 */
export async function computeOrderFunding(container: MedusaContainer, orderId: string): Promise<LineFunding[]> {
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "created_at", "items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.compare_at_unit_price", "items.adjustments.amount", "items.adjustments.promotion_id"],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) return []
  const items = ((order.items as (OrderItemRow | null)[] | null) ?? []).filter((i): i is OrderItemRow => !!i)
  const promotionIds = [...new Set(items.flatMap((i) => (i.adjustments ?? []).flatMap((a) => (a?.promotion_id ? [a.promotion_id] : []))))]
  const promotions = promotionIds.length
    ? await container.resolve<IPromotionModuleService>(Modules.PROMOTION).listPromotions({ id: promotionIds }, { select: ["id", "metadata"] })
    : []
  const platformPromotions = new Set(promotions.filter((p) => fundingOf(p.metadata?.seleno_funding) === "platform").map((p) => p.id))
  const sessionPrices = await sessionPricesAt(container, new Date(order.created_at as string))
  // A line item has no quantity of its own: the order's OrderItem (item detail, per version) holds it.
  const details = await (container.resolve(Modules.ORDER) as unknown as OrderItemLister).listOrderItems({ order_id: orderId }, { select: ["item_id", "quantity", "version"] })
  const quantityOf = new Map(
    [...details].sort((a, b) => Number(a.version ?? 0) - Number(b.version ?? 0)).map((d) => [d.item_id, MathBN.convert(d.quantity as Parameters<typeof MathBN.convert>[0]).toNumber()])
  )

  return items.map((item) => {
    // Order quantities may come back as BigNumber values, not plain numbers.
    const quantity = quantityOf.get(item.id) ?? MathBN.convert(item.quantity as Parameters<typeof MathBN.convert>[0]).toNumber()
    const unitFen = toFen(item.unit_price)
    const session = sessionPrices.find((p) => p.variant_id === item.variant_id && toFen(p.amount) === unitFen)
    const listAmount = item.compare_at_unit_price ?? session?.original_amount ?? null
    const listFen = listAmount === null || listAmount === undefined ? null : toFen(listAmount)
    const promotionFen = (item.adjustments ?? []).reduce((sum, a) => (a?.promotion_id && platformPromotions.has(a.promotion_id) ? sum + toFen(a.amount) : sum), 0)
    return {
      order_id: orderId,
      item_id: item.id,
      variant_id: item.variant_id,
      quantity,
      unit_price_fen: unitFen,
      list_unit_price_fen: listFen,
      live_session_id: session?.session_id ?? null,
      live_funding: session?.funding ?? null,
      platform_live_fen: session && listFen !== null ? platformLiveFen(session.funding, listFen, unitFen, quantity) : 0,
      platform_promotion_fen: promotionFen,
    }
  })
}

/** Writes an order's line funding once (at placement); a second call for the same order changes nothing. */
export async function snapshotOrderFunding(container: MedusaContainer, orderId: string): Promise<void> {
  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  const lines = await computeOrderFunding(container, orderId)
  if (!lines.length) return
  const existing = new Set((await marketing.listOrderLineFundings({ item_id: lines.map((l) => l.item_id) }, { select: ["item_id"] })).map((r) => r.item_id))
  const fresh = lines.filter((l) => !existing.has(l.item_id))
  if (fresh.length) await marketing.createOrderLineFundings(fresh)
}

/**
 * How much of each order line's discount the platform funds, in fen: the part of a promotion
 * adjustment or a live-session price cut that must NOT reduce the enterprise's settlement.
 * Settlement adds it back to the enterprise's gross; the platform carries it. Keys are order line
 * item ids (`order.items[].id`). Read from the snapshot taken when the order was placed; an order
 * whose snapshot is missing (placed before this existed, or its subscriber has not run yet) is
 * worked out and written now, from the order's own adjustments and the time it was placed.
 */
export async function platformFundedFenByItem(container: MedusaContainer, orderItemIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  const ids = [...new Set(orderItemIds)]
  if (!ids.length) return out
  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  let rows = await marketing.listOrderLineFundings({ item_id: ids })
  const missing = ids.filter((id) => !rows.some((r) => r.item_id === id))
  if (missing.length) {
    // The order module's OrderItem joins an order (version) to its line items; its generated list method is not in the public interface.
    const orders = container.resolve(Modules.ORDER) as unknown as OrderItemLister
    const links = await orders.listOrderItems({ item_id: missing }, { select: ["order_id", "item_id"] })
    const orderIds = new Set(links.map((l) => l.order_id))
    for (const orderId of orderIds) await snapshotOrderFunding(container, orderId)
    rows = await marketing.listOrderLineFundings({ item_id: ids })
  }
  for (const row of rows) out.set(row.item_id, row.platform_live_fen + row.platform_promotion_fen)
  for (const id of ids) if (!out.has(id)) out.set(id, 0)
  return out
}
