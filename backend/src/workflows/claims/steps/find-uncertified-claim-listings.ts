import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listingClaims, type ClaimListing } from "../listing-claims"

/** Published listings that make a selenium claim no certificate in force covers any more. */
export const findUncertifiedClaimListingsStep = createStep("find-uncertified-claim-listings", async (_: Record<string, never>, { container }) => {
  const published = await container.resolve(Modules.PRODUCT).listProducts({ status: ProductStatus.PUBLISHED }, { select: ["id"] })
  const listings = await listingClaims(container, published.map((p) => p.id))
  return new StepResponse<ClaimListing[]>(listings.filter((l) => l.verdict.problems.length > 0))
})
