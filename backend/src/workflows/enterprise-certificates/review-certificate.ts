import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATE_REVIEWED, PRODUCT_CLAIMS_CHANGED } from "../../lib/events"
import { reviewCertificateStep, type ReviewCertificateInput } from "./steps/review-certificate"

/** Platform staff approve or reject a submitted certificate; an approval can give its product the badge. */
export const reviewCertificateWorkflow = createWorkflow("review-certificate", (input: ReviewCertificateInput) => {
  const reviewed = reviewCertificateStep(input)
  // The search index keeps "certified until" per product, so it must hear that the claim changed.
  when({ reviewed }, ({ reviewed }) => reviewed.product_ids.length > 0).then(() => {
    emitEventStep({ eventName: PRODUCT_CLAIMS_CHANGED, data: transform({ reviewed }, ({ reviewed }) => ({ id: reviewed.product_ids })) })
  })
  emitEventStep({ eventName: CERTIFICATE_REVIEWED, data: transform({ input }, ({ input }) => ({ id: input.id, decision: input.decision })) }).config({
    name: "emit-certificate-reviewed",
  })
  return new WorkflowResponse(reviewed)
})
