import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertClaimRule } from "../claim-rule"

/** Refuses, before anything is written, a listing whose selenium claim no certificate covers. */
export const refuseUncertifiedClaimsStep = createStep("refuse-uncertified-selenium-claims", async (input: { product_id: string }, { container }) => {
  await assertClaimRule(container, [input.product_id])
  return new StepResponse(undefined)
})
