import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeCertificateWorkflow } from "../certification/revoke-certificate"
import { recordCaseAction, type CaseActionInput } from "./record-action"
import { checkCaseCertificateStep } from "./steps/check-case-certificate"
import { loadCaseForActionStep } from "./steps/load-case"

/** Revokes a certificate of the case's product or enterprise through the same workflow as staff's revoke route. */
export const revokeReportedCertificateWorkflow = createWorkflow(
  "report-case-revoke-certificate",
  (input: CaseActionInput & { certificate_id: string }) => {
    const loaded = loadCaseForActionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "revoke_certificate" as const })))
    const certificateId = checkCaseCertificateStep(transform({ input, loaded }, ({ input, loaded }) => ({ loaded, certificate_id: input.certificate_id })))
    revokeCertificateWorkflow.runAsStep({ input: transform({ certificateId }, ({ certificateId }) => ({ id: certificateId })) })
    const entry = recordCaseAction("revoke_certificate", input, loaded, certificateId)
    return new WorkflowResponse(entry)
  }
)
