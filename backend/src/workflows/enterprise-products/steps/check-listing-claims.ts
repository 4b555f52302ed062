import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkListingClaims, type ListingClaims } from "../listing-rules"

/** Refuses, before anything is written, a brand, category, certificate or image the enterprise may not claim. */
export const checkListingClaimsStep = createStep("check-enterprise-listing-claims", async (claims: ListingClaims, { container }) => {
  return new StepResponse(await checkListingClaims(container, claims))
})
