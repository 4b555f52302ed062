import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { evaluateProductCertificationsStep } from "./steps/evaluate-product-certifications"

export const getProductCertificationsWorkflow = createWorkflow(
  "get-product-certifications",
  (input: { productIds: string[] }) => new WorkflowResponse(evaluateProductCertificationsStep(input))
)
