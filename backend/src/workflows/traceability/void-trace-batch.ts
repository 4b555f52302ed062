import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { voidTraceBatchStep, type VoidTraceBatchInput } from "./steps/void-trace-batch"

/**
 * Withdraws a batch (staff, or its enterprise): its QR pages then say so with the reason, show no
 * certified badge, and its scans no longer count.
 */
export const voidTraceBatchWorkflow = createWorkflow("void-trace-batch", (input: VoidTraceBatchInput) => {
  return new WorkflowResponse(voidTraceBatchStep(input))
})
