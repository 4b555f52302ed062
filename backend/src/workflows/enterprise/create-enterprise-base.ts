import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEnterpriseBaseStep, type CreateEnterpriseBaseInput } from "./steps/create-enterprise-base"

export const createEnterpriseBaseWorkflow = createWorkflow("create-enterprise-base", (input: CreateEnterpriseBaseInput) => {
  return new WorkflowResponse(createEnterpriseBaseStep(input))
})
