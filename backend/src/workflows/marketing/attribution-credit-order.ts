import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attributionCreditCartStep } from "./steps/attribution-credit-cart"
import { attributionCreditOrderStep, attributionLoadOrderStep } from "./steps/attribution-credit-order"

/**
 * Credits a placed order: its cart's campaign (crediting the cart first if no cart event got to it
 * yet: events are not ordered) gets the order, and every campaign whose promotions it used gets
 * its discount.
 */
export const creditOrderAttributionWorkflow = createWorkflow("credit-order-attribution", (input: { order_id: string }) => {
  const order = attributionLoadOrderStep(input)
  const cart = attributionCreditCartStep(transform({ order }, ({ order }) => ({ cart_id: order?.cart_id ?? null })))
  const credited = attributionCreditOrderStep(
    transform({ order, cart }, ({ order, cart }) => ({
      order: order ?? { id: "", cart_id: null, created_at: "", currency_code: "cny", total: 0, adjustments: [] },
      attributed_page_id: cart.campaign_page_id,
      visitor_id: cart.visitor_id,
    }))
  )
  return new WorkflowResponse(credited)
})
