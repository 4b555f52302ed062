import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateBrandStep, type UpdateBrandInput } from "./steps/update-brand"

export const updateBrandWorkflow = createWorkflow("update-brand", (input: UpdateBrandInput) => {
  return new WorkflowResponse(updateBrandStep(input))
})
