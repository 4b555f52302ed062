import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createBrandStep, type CreateBrandInput } from "./steps/create-brand"

export const createBrandWorkflow = createWorkflow("create-brand", (input: CreateBrandInput) => {
  return new WorkflowResponse(createBrandStep(input))
})
