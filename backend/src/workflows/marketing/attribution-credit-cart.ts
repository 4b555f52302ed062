import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attributionCreditCartStep } from "./steps/attribution-credit-cart"

/** Credits a cart to its visitor's first-touch campaign (on cart.created, or when metadata.visitor_id is set later). */
export const creditCartAttributionWorkflow = createWorkflow("credit-cart-attribution", (input: { cart_id: string }) => {
  return new WorkflowResponse(attributionCreditCartStep(input))
})
