import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrders, orderPart, productEnterpriseMap } from "../../../lib/enterprise-order-parts"
import { enterpriseByShippingOption } from "../../../lib/parcels"
import EnterpriseStockLocationLink from "../../../links/enterprise-stock-location"

export interface PlanPartFulfilmentInput {
  order_id: string
  enterprise_id: string
  /** Omitted: every item of the enterprise's part that is not fulfilled yet, in full. */
  items?: { id: string; quantity: number }[]
}

export interface PartFulfilmentPlan {
  items: { id: string; quantity: number }[]
  /** The enterprise's own stock location (its base), where its stock was reserved. */
  location_id: string | undefined
  /** The order's shipping method for the enterprise's parcel, so the fulfilment uses its option and data. */
  shipping_option_id: string | undefined
}

/**
 * Where the enterprise ships from and under which of the order's shipping methods: its linked stock
 * location, and the method whose option carries the items' parcel (shipping profile; Medusa fulfils
 * one profile at a time). Undefined leaves Medusa's default (the order's first method and its
 * location), e.g. for an enterprise set up before parcels.
 */
async function shipFrom(container: MedusaContainer, orderId: string, enterpriseId: string, itemIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.product_id", "shipping_methods.shipping_option_id"], filters: { id: orderId } })
  const order = orders[0] as { items?: ({ id: string; product_id?: string | null } | null)[]; shipping_methods?: ({ shipping_option_id?: string | null } | null)[] } | undefined
  const optionIds = (order?.shipping_methods ?? []).map((m) => m?.shipping_option_id).filter((id): id is string => !!id)
  const productIds = (order?.items ?? []).filter((i) => i && itemIds.includes(i.id)).map((i) => i!.product_id).filter((id): id is string => !!id)
  const { data: products } = productIds.length ? await query.graph({ entity: "product", fields: ["id", "shipping_profile.id"], filters: { id: productIds } }) : { data: [] }
  const profiles = new Set((products as { shipping_profile?: { id: string } | null }[]).map((p) => p.shipping_profile?.id).filter(Boolean))
  const options = optionIds.length ? await container.resolve(Modules.FULFILLMENT).listShippingOptions({ id: optionIds }, { select: ["id", "shipping_profile_id"] }) : []
  const owners = await enterpriseByShippingOption(container, optionIds)
  const shipping_option_id =
    options.find((o) => profiles.has(o.shipping_profile_id))?.id ?? optionIds.find((id) => owners.get(id) === enterpriseId)
  const { data } = await query.graph({
    entity: EnterpriseStockLocationLink.entryPoint,
    fields: ["stock_location_id"],
    filters: { enterprise_id: enterpriseId },
  })
  const location_id = (data as { stock_location_id: string }[])[0]?.stock_location_id
  return { location_id, shipping_option_id }
}

/**
 * Decides what the enterprise may fulfil, before anything changes: an order without its items,
 * and items of another enterprise's part, are "not found" (404, never a hint that they exist);
 * more than is left unfulfilled is refused naming the item (400).
 */
export const planPartFulfilmentStep = createStep("plan-enterprise-part-fulfilment", async (input: PlanPartFulfilmentInput, { container }) => {
  const [order] = await loadOrders(container, [input.order_id])
  const products = await productEnterpriseMap(container, input.enterprise_id)
  const part = order ? orderPart(order, input.enterprise_id, products) : null
  if (!order || !part) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${input.order_id} was not found`)
  if (order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${input.order_id} is canceled; nothing can be fulfilled`)

  const own = new Map(part.items.map((i) => [i.id, i]))
  if (!input.items) {
    const open = part.items.filter((i) => i.unfulfilled_quantity > 0).map((i) => ({ id: i.id, quantity: i.unfulfilled_quantity }))
    if (!open.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "items: every item of your part of this order is already fulfilled")
    return new StepResponse<PartFulfilmentPlan>({ items: open, ...(await shipFrom(container, order.id, input.enterprise_id, open.map((i) => i.id))) })
  }
  const seen = new Set<string>()
  for (const requested of input.items) {
    const item = own.get(requested.id)
    if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Item with id ${requested.id} was not found in your part of order ${input.order_id}`)
    if (seen.has(requested.id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `items: item ${requested.id} is listed twice`)
    seen.add(requested.id)
    if (requested.quantity > item.unfulfilled_quantity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `items: quantity ${requested.quantity} of item ${requested.id} (${item.title}) exceeds the ${item.unfulfilled_quantity} not yet fulfilled`
      )
    }
  }
  return new StepResponse<PartFulfilmentPlan>({ items: input.items, ...(await shipFrom(container, order.id, input.enterprise_id, input.items.map((i) => i.id))) })
})
