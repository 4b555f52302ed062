import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadOwnListingStep } from "./steps/load-own-listing"

/**
 * An enterprise withdraws one of its listings. Medusa's product deletion is soft and dismisses the
 * product's links (enterprise, brand, certificates, sales channel), so orders keep what they sold.
 */
export const deleteEnterpriseProductWorkflow = createWorkflow("delete-enterprise-product", (input: { enterprise_id: string; product_id: string }) => {
  loadOwnListingStep(input)
  deleteProductsWorkflow.runAsStep({ input: { ids: transform({ input }, ({ input }) => [input.product_id]) } })
  return new WorkflowResponse(input.product_id)
})
