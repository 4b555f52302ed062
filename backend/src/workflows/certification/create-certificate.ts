import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_CLAIMS_CHANGED } from "../../lib/events"
import { createCertificateStep, type CreateCertificateInput } from "./steps/create-certificate"

export const createCertificateWorkflow = createWorkflow("create-certificate", (input: CreateCertificateInput) => {
  const certificate = createCertificateStep(input)
  when({ input }, ({ input }) => Boolean(input.product_id)).then(() => {
    emitEventStep({ eventName: PRODUCT_CLAIMS_CHANGED, data: transform({ input }, ({ input }) => ({ id: [input.product_id] })) })
  })
  return new WorkflowResponse(certificate)
})
