import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ProductEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadOwnListingStep } from "./steps/load-own-listing"
import { putListingBackStep, takeListingOfflineStep } from "./steps/move-listing-sale"

type Input = { enterprise_id: string; product_id: string }

// product.updated makes the search index re-read the product's channels (it leaves or rejoins results).
const reindex = (input: Input) => emitEventStep({ eventName: ProductEvents.PRODUCT_UPDATED, data: transform({ input }, ({ input }) => ({ id: input.product_id })) })

/** 下架: an enterprise takes its published listing off sale; carts can no longer complete with it, open orders are still shipped. */
export const takeListingOfflineWorkflow = createWorkflow("take-enterprise-listing-offline", (input: Input) => {
  const listing = loadOwnListingStep(input)
  takeListingOfflineStep(transform({ listing }, ({ listing }) => ({ id: listing.id, sale_state: listing.sale_state })))
  reindex(input)
  return new WorkflowResponse(input.product_id)
})

/** 上架: puts an offline listing back on sale where it was, without a new review. */
export const putListingBackWorkflow = createWorkflow("put-enterprise-listing-back", (input: Input) => {
  const listing = loadOwnListingStep(input)
  putListingBackStep(transform({ listing }, ({ listing }) => ({ id: listing.id, sale_state: listing.sale_state })))
  reindex(input)
  return new WorkflowResponse(input.product_id)
})
