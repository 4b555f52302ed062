import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteListingProblem, type ListingSaleState } from "@seleno/domain"
import { listingSaleProblem } from "./steps/move-listing-sale"
import { loadOwnListingStep } from "./steps/load-own-listing"

const refuseDeletingOnSaleStep = createStep("refuse-deleting-listing-on-sale", async (listing: { id: string; sale_state: ListingSaleState; reserved: number }) => {
  const problem = deleteListingProblem(listing.sale_state, listing.reserved)
  if (problem) throw listingSaleProblem(problem, listing.id)
  return new StepResponse(undefined)
})

/**
 * An enterprise deletes one of its listings: a draft, one in review, a rejected or an offline one
 * (one on sale is taken offline first, so deleting is never the way a listing leaves the store by
 * surprise). Medusa's product deletion is soft and dismisses the product's links (enterprise, brand,
 * certificates, sales channel), so orders keep what they sold.
 */
export const deleteEnterpriseProductWorkflow = createWorkflow("delete-enterprise-product", (input: { enterprise_id: string; product_id: string }) => {
  const listing = loadOwnListingStep(input)
  refuseDeletingOnSaleStep(transform({ listing }, ({ listing }) => ({
      id: listing.id,
      sale_state: listing.sale_state,
      reserved: listing.variants.reduce((sum, v) => sum + v.reserved, 0),
    }))
  )
  deleteProductsWorkflow.runAsStep({ input: { ids: transform({ input }, ({ input }) => [input.product_id]) } })
  return new WorkflowResponse(input.product_id)
})
