import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATE_SUBMITTED } from "../../lib/events"
import { createCertificateWorkflow } from "../certification/create-certificate"
import type { CreateCertificateInput } from "../certification/steps/create-certificate"
import { assertCertificateSubmissionStep } from "./steps/assert-ownership"
import { replaceRejectedCertificateStep } from "./steps/replace-rejected-certificate"

export type SubmitCertificateInput = Omit<CreateCertificateInput, "review_status" | "test_report_url"> & { test_report_url: string }

/**
 * An enterprise submits a certificate with its test report: the same checks and links as a staff
 * entry (create-certificate), but it waits "pending" until platform staff approve it, and it may
 * name only the enterprise's own product and its own uploaded report. Sending a rejected
 * certificate again (same issuer and number) replaces the rejected one.
 */
export const submitEnterpriseCertificateWorkflow = createWorkflow("submit-enterprise-certificate", (input: SubmitCertificateInput) => {
  assertCertificateSubmissionStep(input)
  replaceRejectedCertificateStep(input)
  const pending = transform({ input }, ({ input }): CreateCertificateInput => ({ ...input, review_status: "pending" }))
  const certificate = createCertificateWorkflow.runAsStep({ input: pending })
  emitEventStep({ eventName: CERTIFICATE_SUBMITTED, data: transform({ certificate }, ({ certificate }) => ({ id: certificate.id })) }).config({
    name: "emit-certificate-submitted",
  })
  return new WorkflowResponse(certificate)
})
