import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_CLAIMS_CHANGED } from "../../lib/events"
import { assertBrandAuthorizationsStep } from "./steps/assert-brand-authorizations"
import { linkProductOriginStep, type ProductOrigin } from "./steps/link-product-origin"

/** Sets a product's brand and enterprise, refusing (and undoing) a brand the enterprise may not use. */
export const setProductOriginWorkflow = createWorkflow("set-product-origin", (input: { product_id: string } & ProductOrigin) => {
  const origin = linkProductOriginStep(input)
  const productIds = transform({ input }, ({ input }) => [input.product_id])
  assertBrandAuthorizationsStep(productIds)
  emitEventStep({ eventName: PRODUCT_CLAIMS_CHANGED, data: { id: productIds } })
  return new WorkflowResponse(origin)
})
