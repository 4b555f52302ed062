import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reviewSerialStep, type ReviewSerialInput } from "./steps/review-serial"

export type ClearCounterfeitInput = ReviewSerialInput

/**
 * Staff clear a suspicious or confirmed serial: its public page is restored, and only scans after
 * the clear can make it suspicious again.
 */
export const clearCounterfeitWorkflow = createWorkflow("clear-counterfeit", (input: ClearCounterfeitInput) => {
  const review = transform({ input }, ({ input }) => ({ ...input, action: "clear" as const }))
  return new WorkflowResponse(reviewSerialStep(review))
})
