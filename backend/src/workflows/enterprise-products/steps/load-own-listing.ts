import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { retrieveEnterpriseListing } from "../own-products"

export interface OwnListingInput {
  enterprise_id: string
  product_id: string
  variant_id?: string
}

/**
 * The enterprise's own listing as it stands, or a 404: a product or variant of another enterprise
 * is answered exactly like one that does not exist, before anything is written.
 */
export const loadOwnListingStep = createStep("load-own-enterprise-listing", async (input: OwnListingInput, { container }) => {
  const listing = await retrieveEnterpriseListing(container, input.enterprise_id, input.product_id)
  if (input.variant_id && !listing.variants.some((v) => v.id === input.variant_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant with id: ${input.variant_id} was not found`)
  }
  // Raw metadata too: updates must merge into it (the review record, facts, delisting memory).
  const { metadata } = await container.resolve(Modules.PRODUCT).retrieveProduct(input.product_id, { select: ["id", "metadata"] })
  return new StepResponse({ ...listing, metadata: metadata ?? {} })
})
