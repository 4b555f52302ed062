import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCertificateStep, type CreateCertificateInput } from "./steps/create-certificate"

export const createCertificateWorkflow = createWorkflow("create-certificate", (input: CreateCertificateInput) => {
  return new WorkflowResponse(createCertificateStep(input))
})
