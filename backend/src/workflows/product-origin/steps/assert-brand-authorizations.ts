import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertBrandAuthorizations } from "../../brand/brand-authorization-rule"

/** Fails, and so rolls back the steps before it, when a product breaks the brand rule. */
export const assertBrandAuthorizationsStep = createStep("assert-brand-authorizations", async (productIds: string[], { container }) => {
  await assertBrandAuthorizations(container, productIds)
  return new StepResponse(undefined)
})
