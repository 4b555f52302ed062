import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrders, orderPart, productEnterpriseMap } from "../../../lib/enterprise-order-parts"

export interface PlanPartFulfilmentInput {
  order_id: string
  enterprise_id: string
  /** Omitted: every item of the enterprise's part that is not fulfilled yet, in full. */
  items?: { id: string; quantity: number }[]
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
    return new StepResponse(open)
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
  return new StepResponse(input.items)
})
