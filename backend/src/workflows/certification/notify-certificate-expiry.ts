import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { findExpiringCertificatesStep } from "./steps/find-expiring-certificates"

export interface CertificateExpiryInput {
  /** When "now" is, as an ISO date; the job passes the current time. */
  at: string
  /** Who at the platform hears about it (the certification office's mailbox). */
  to: string
}

/** Tells the platform which certificates expire within 30 days or have expired, one message each. */
export const notifyCertificateExpiryWorkflow = createWorkflow("notify-certificate-expiry", (input: CertificateExpiryInput) => {
  const notices = findExpiringCertificatesStep({ at: input.at })
  const notifications = transform({ notices, input }, ({ notices, input }) =>
    notices.map((notice) => ({
      to: input.to,
      channel: "email",
      template: notice.status === "expired" ? "certificate-expired" : "certificate-expiring",
      trigger_type: "certificate.expiry_check",
      resource_id: notice.certificate_id,
      resource_type: "certificate",
      // One message per certificate and day, so a rerun the same day sends nothing twice.
      idempotency_key: `certificate-expiry:${notice.certificate_id}:${input.at.slice(0, 10)}`,
      data: { ...notice },
    }))
  )
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
