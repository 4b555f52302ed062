import type { MedusaContainer } from "@medusajs/framework/types"
import { notifyCertificateExpiryWorkflow } from "../workflows/certification/notify-certificate-expiry"
import { withdrawUncertifiedClaimsWorkflow } from "../workflows/claims/withdraw-uncertified-claims"

/**
 * Daily at 08:00 China time: report certificates expiring within 30 days and expired ones, and send
 * listings whose selenium claim lost its certificate back to review, telling their enterprise.
 */
export default async function certificateExpiryJob(container: MedusaContainer, now: Date = new Date()) {
  await notifyCertificateExpiryWorkflow(container).run({
    input: { at: now.toISOString(), to: process.env.CERTIFICATION_OFFICE_EMAIL || "certification@seleno.local" },
  })
  await withdrawUncertifiedClaimsWorkflow(container).run({ input: { at: now.toISOString() } })
}

export const config = {
  name: "certificate-expiry",
  schedule: "0 0 * * *",
}
