import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateEnterpriseStep, type UpdateEnterpriseInput } from "./steps/update-enterprise"

export const updateEnterpriseWorkflow = createWorkflow("update-enterprise", (input: UpdateEnterpriseInput) => {
  return new WorkflowResponse(updateEnterpriseStep(input))
})
