import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeCertificateStep } from "./steps/revoke-certificate"

/** Revokes a certificate at once; its products lose the badge (status is computed when read). Staff's revoke route and the report-case action share it. */
export const revokeCertificateWorkflow = createWorkflow("revoke-certificate", (input: { id: string }) => {
  return new WorkflowResponse(revokeCertificateStep(input))
})
