import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fulfilmentMoveProblem, fulfilmentStage, type FulfilmentMove, type FulfilmentProblemCode } from "@seleno/domain"
import { codedError } from "../../../lib/coded-error"
import { loadOrders, orderPart, productEnterpriseMap } from "../../../lib/enterprise-order-parts"

export interface CheckPartFulfilmentInput {
  order_id: string
  enterprise_id: string
  fulfillment_id: string
  move: FulfilmentMove
}

export interface CheckedPartFulfilment {
  /** The fulfilment's units, as the capture plan and the shipment take them. */
  items: { id: string; quantity: number }[]
}

const PROBLEM_TEXT: Record<FulfilmentProblemCode, (id: string) => string> = {
  fulfillment_already_shipped: (id) => `Fulfillment ${id} is already shipped: it cannot be shipped again or cancelled; correct its tracking number instead`,
  fulfillment_not_shipped: (id) => `Fulfillment ${id} is only packed: ship it with a carrier and tracking number first`,
}

/**
 * Before an enterprise ships, cancels or corrects a fulfilment: it must be a live fulfilment of the
 * enterprise's own part of the order (anything else is "not found", never a hint that it exists),
 * at the stage the move needs (a coded 400 otherwise). Read-only: nothing to compensate.
 */
export const checkPartFulfilmentStep = createStep("check-enterprise-part-fulfilment", async (input: CheckPartFulfilmentInput, { container }) => {
  const [order] = await loadOrders(container, [input.order_id])
  const part = order ? orderPart(order, input.enterprise_id, await productEnterpriseMap(container, input.enterprise_id)) : null
  if (!order || !part) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${input.order_id} was not found`)
  // orderPart keeps the live fulfilments holding the part's items: another part's, or a cancelled one, is not found.
  const fulfilment = part.fulfillments.find((f) => f.id === input.fulfillment_id)
  if (!fulfilment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Fulfillment with id ${input.fulfillment_id} was not found in your part of order ${input.order_id}`)
  if (order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${input.order_id} is canceled`)
  const problem = fulfilmentMoveProblem(input.move, fulfilmentStage(fulfilment))
  if (problem) {
    throw codedError({ code: problem, params: { fulfillment_id: fulfilment.id }, message: PROBLEM_TEXT[problem](fulfilment.id) }, MedusaError.Types.NOT_ALLOWED)
  }
  return new StepResponse<CheckedPartFulfilment>({ items: fulfilment.items.map((i) => ({ id: i.line_item_id, quantity: i.quantity })) })
})
