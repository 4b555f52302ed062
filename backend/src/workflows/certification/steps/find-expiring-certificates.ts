import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { certificateStatus, type CertificateFacts } from "../../../modules/certification/status"
import { CERTIFICATE_FIELDS } from "./evaluate-product-certifications"

export interface ExpiryNotice {
  certificate_id: string
  number: string
  issuer: string
  status: "expiring" | "expired"
  valid_until: string
  enterprise: { handle: string; name: string } | null
  products: { handle: string; title: string }[]
}

/** Certificates that expire within 30 days or have expired, with who holds them and what they cover. */
export const findExpiringCertificatesStep = createStep("find-expiring-certificates", async (input: { at: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "certificate",
    fields: [...CERTIFICATE_FIELDS, "enterprise.handle", "enterprise.name", "product.handle", "product.title"],
    // A pending or rejected certificate never gave a badge, so its expiry changes nothing to warn about.
    filters: { revoked_at: null, review_status: "approved" },
  })
  const at = new Date(input.at)
  const notices: ExpiryNotice[] = []
  type Row = CertificateFacts & {
    id: string
    number: string
    issuer: string
    enterprise?: { handle: string; name: string } | null
    product?: { handle: string; title: string } | null
  }
  for (const c of data as unknown as Row[]) {
    const status = certificateStatus(c, at)
    if (status !== "expiring" && status !== "expired") continue
    notices.push({
      certificate_id: c.id,
      number: c.number,
      issuer: c.issuer,
      status,
      valid_until: new Date(c.valid_until).toISOString(),
      enterprise: c.enterprise ? { handle: c.enterprise.handle, name: c.enterprise.name } : null,
      products: c.product ? [{ handle: c.product.handle, title: c.product.title }] : [],
    })
  }
  return new StepResponse(notices)
})
