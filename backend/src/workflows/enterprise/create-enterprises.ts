import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEnterprisesStep, type CreateEnterpriseInput } from "./steps/create-enterprises"

export const createEnterprisesWorkflow = createWorkflow("create-enterprises", (input: { enterprises: CreateEnterpriseInput[] }) => {
  return new WorkflowResponse(createEnterprisesStep(input.enterprises))
})
