import type { MedusaContainer } from "@medusajs/framework/types"
import { notifyCertificateExpiryWorkflow } from "../workflows/certification/notify-certificate-expiry"

/** Daily at 08:00 China time: report certificates expiring within 30 days and expired ones. */
export default async function certificateExpiryJob(container: MedusaContainer, now: Date = new Date()) {
  await notifyCertificateExpiryWorkflow(container).run({
    input: { at: now.toISOString(), to: process.env.CERTIFICATION_OFFICE_EMAIL || "certification@seleno.local" },
  })
}

export const config = {
  name: "certificate-expiry",
  schedule: "0 0 * * *",
}
