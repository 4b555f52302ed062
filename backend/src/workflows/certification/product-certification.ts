import { certificateStatus, meetsStandard, type CertificateFacts, type CertificateStatus } from "../../modules/certification/status"

export type CertificationReason =
  | "certified"
  | "no_certificate"
  | "certificate_expired"
  | "certificate_revoked"
  | "outside_standard"
  | "enterprise_not_in_good_standing"

export interface CertificateRecord extends CertificateFacts {
  id: string
  number: string
  issuer: string
  subject: string
  test_lab: string | null
  tested_on: Date | string | null
  /** Platform review; a certificate counts only once approved (staff-entered ones are approved). */
  review_status: "pending" | "approved" | "rejected"
}

export interface ProductCertification {
  product_id: string
  certified: boolean
  reason: CertificationReason
  certificate: (Omit<CertificateRecord, "revoked_at" | "review_status"> & { status: CertificateStatus }) | null
}

/**
 * The 富硒认证 badge rule: a product is certified only while it holds a product certificate that is
 * in force, whose measured selenium lies inside its standard's range, from an enterprise in good
 * standing, and that the platform approved. Evaluated from data at read time, so no job has to run for a badge to disappear.
 */
export function productCertification(
  product: { id: string; enterprise?: { status: string } | null; certificates?: (CertificateRecord | null)[] | null },
  at: Date = new Date()
): ProductCertification {
  const certificates = (product.certificates ?? [])
    .filter((c): c is CertificateRecord => c?.subject === "product" && c.review_status === "approved")
    .map((c) => ({ ...c, status: certificateStatus(c, at) }))
  const inForce = certificates.filter((c) => c.status === "valid" || c.status === "expiring")
  const best = inForce.find(meetsStandard) ?? inForce[0] ?? latest(certificates)
  const result = (certified: boolean, reason: CertificationReason): ProductCertification => ({
    product_id: product.id,
    certified,
    reason,
    certificate: best ? publicCertificate(best) : null,
  })
  if (!best) return result(false, "no_certificate")
  if (best.status === "revoked") return result(false, "certificate_revoked")
  if (best.status === "expired") return result(false, "certificate_expired")
  if (!meetsStandard(best)) return result(false, "outside_standard")
  if (product.enterprise?.status !== "active") return result(false, "enterprise_not_in_good_standing")
  return result(true, "certified")
}

function latest<T extends { valid_until: Date | string }>(certificates: T[]): T | undefined {
  return [...certificates].sort((a, b) => new Date(b.valid_until).getTime() - new Date(a.valid_until).getTime())[0]
}

function publicCertificate(c: CertificateRecord & { status: CertificateStatus }) {
  const { revoked_at: _revoked, review_status: _review, ...rest } = c
  return rest
}
