import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { LISTING_REVIEWED, LISTING_SUBMITTED } from "../../lib/events"
import { MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refuseUncertifiedClaimsStep } from "../claims/steps/refuse-uncertified-claims"
import { productNotFound, REVIEW_KEY, type ReviewRecord } from "./own-products"
import { checkListingClaimsStep } from "./steps/check-listing-claims"
import { loadOwnListingStep } from "./steps/load-own-listing"

const SUBMITTABLE: string[] = [ProductStatus.DRAFT, ProductStatus.REJECTED]

const refuseUnlessSubmittableStep = createStep("refuse-unless-listing-submittable", async (listing: { id: string; status: string }) => {
  if (!SUBMITTABLE.includes(listing.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: the listing is ${listing.status}; only a draft or rejected listing can be submitted for review`)
  }
  return new StepResponse(undefined)
})

/** An enterprise sends its draft (or a rejected listing it has corrected) to the platform for review. */
export const submitEnterpriseProductWorkflow = createWorkflow("submit-enterprise-product", (input: { enterprise_id: string; product_id: string }) => {
  const listing = loadOwnListingStep(input)
  refuseUnlessSubmittableStep(listing)
  // The brand must still be the enterprise's to use (an authorization may have lapsed since drafting).
  checkListingClaimsStep(
    transform({ input, listing }, ({ input, listing }) => ({
      enterprise_id: input.enterprise_id,
      product_id: input.product_id,
      brand_id: listing.brand?.id ?? "",
      categories: listing.categories.map((c) => c.id),
      certificate_ids: [],
      images: [],
    }))
  )
  // A selenium claim (words or facts) goes to review only with a certificate in force covering it.
  refuseUncertifiedClaimsStep({ product_id: input.product_id })
  const products = transform({ input }, ({ input }) => [{ id: input.product_id, status: ProductStatus.PROPOSED }])
  updateProductsWorkflow.runAsStep({ input: { products } })
  emitEventStep({ eventName: LISTING_SUBMITTED, data: transform({ input }, ({ input }) => ({ id: input.product_id })) })
  return new WorkflowResponse(input.product_id)
})

export interface ReviewEnterpriseProductInput {
  product_id: string
  decision: "approve" | "reject"
  note?: string
  reviewed_at?: string
}

const loadWaitingListingStep = createStep("load-listing-waiting-for-review", async (productId: string, { container }) => {
  const [product] = await container.resolve(Modules.PRODUCT).listProducts({ id: productId }, { select: ["id", "status", "metadata"] })
  if (!product) throw productNotFound(productId)
  if (product.status !== ProductStatus.PROPOSED) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The listing is ${product.status}, not waiting for review`)
  }
  return new StepResponse({ id: product.id, metadata: product.metadata ?? {} })
})

/**
 * Platform staff approve a waiting listing (it goes on sale: updateProductsWorkflow's hook still
 * refuses a brand the enterprise is no longer authorized for) or reject it with a note the
 * enterprise sees; the decision is kept in the product's metadata.
 */
export const reviewEnterpriseProductWorkflow = createWorkflow("review-enterprise-product", (input: ReviewEnterpriseProductInput) => {
  const listing = loadWaitingListingStep(input.product_id)
  // The certificate may have lapsed while the listing waited; a rejection needs no check.
  when({ input }, ({ input }) => input.decision === "approve").then(() => {
    refuseUncertifiedClaimsStep({ product_id: input.product_id })
  })
  const products = transform({ input, listing }, ({ input, listing }) => {
    const review: ReviewRecord = { decision: input.decision, note: input.note ?? null, reviewed_at: input.reviewed_at ?? new Date().toISOString() }
    return [
      {
        id: input.product_id,
        status: input.decision === "approve" ? ProductStatus.PUBLISHED : ProductStatus.REJECTED,
        metadata: { ...listing.metadata, [REVIEW_KEY]: review },
      },
    ]
  })
  updateProductsWorkflow.runAsStep({ input: { products } })
  emitEventStep({ eventName: LISTING_REVIEWED, data: transform({ input }, ({ input }) => ({ id: input.product_id, decision: input.decision })) })
  return new WorkflowResponse(input.product_id)
})
