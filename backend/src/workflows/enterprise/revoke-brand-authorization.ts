import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeBrandAuthorizationStep } from "./steps/revoke-brand-authorization"

export const revokeBrandAuthorizationWorkflow = createWorkflow("revoke-brand-authorization", (input: { id: string }) => {
  return new WorkflowResponse(revokeBrandAuthorizationStep(input.id))
})
