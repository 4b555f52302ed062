import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTraceBatchStep, type CreateTraceBatchInput } from "./steps/create-trace-batch"

export const createTraceBatchWorkflow = createWorkflow("create-trace-batch", (input: CreateTraceBatchInput) => {
  return new WorkflowResponse(createTraceBatchStep(input))
})
