import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reviewSerialStep, type ReviewSerialInput } from "./steps/review-serial"

export type ConfirmCounterfeitInput = ReviewSerialInput

/**
 * Staff confirm a package serial as counterfeit (from the signal list, or a shopper's report): its
 * public page then warns 疑似假冒 and shows no certified badge. Confirming a confirmed serial
 * changes nothing, so callers need not check first.
 */
export const confirmCounterfeitWorkflow = createWorkflow("confirm-counterfeit", (input: ConfirmCounterfeitInput) => {
  const review = transform({ input }, ({ input }) => ({ ...input, action: "confirm" as const }))
  return new WorkflowResponse(reviewSerialStep(review))
})
