import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { grantBrandAuthorizationStep, type GrantBrandAuthorizationInput } from "./steps/grant-brand-authorization"

export const grantBrandAuthorizationWorkflow = createWorkflow("grant-brand-authorization", (input: GrantBrandAuthorizationInput) => {
  return new WorkflowResponse(grantBrandAuthorizationStep(input))
})
