import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setConsentStep, syncEnterpriseTagsStep, type SetConsentInput } from "./steps/consent"

/** An enterprise opts in to (or out of) enterprise-funded discounts; its products' consent tags follow at once. */
export const setDiscountConsentWorkflow = createWorkflow("set-discount-consent", (input: SetConsentInput) => {
  setConsentStep(input)
  syncEnterpriseTagsStep(transform({ input }, ({ input }) => input.enterprise_id))
  return new WorkflowResponse(transform({ input }, ({ input }) => input.accepts_enterprise_funded))
})
