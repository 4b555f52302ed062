import { meetsStandard, privateFileId, rangeFor, type CertificateStandardView, type CertificationReason, type IssuerAccreditationView } from "@seleno/domain"
import { certificateStatus, type CertificateFacts, type CertificateStatus } from "../../modules/certification/status"
import type { StandardBook } from "./standard-book"

export type { CertificationReason }

export interface CertificateRecord extends CertificateFacts {
  id: string
  number: string
  issuer: string
  subject: string
  test_lab: string | null
  tested_on: Date | string | null
  /** Platform review; a certificate counts only once approved (staff-entered ones are approved). */
  review_status: "pending" | "approved" | "rejected"
  /** The test report (a /enterprise/files/:id reference); public only through `testReportIsPublic`. */
  test_report_url?: string | null
  /** The issuer's register entry, with its accreditation numbers. */
  issued_by?: IssuerAccreditationView | null
}

/**
 * What the store shows of the certificate behind a verdict: the record, who issued it, the standard
 * it meets, and whether a shopper may open its test report (GET /store/certificates/:id/report).
 */
export type PublicProductCertificate = Omit<CertificateRecord, "revoked_at" | "review_status" | "issued_by" | "test_report_url"> & {
  status: CertificateStatus
  has_public_report: boolean
  issuer_accreditation: IssuerAccreditationView | null
  standard: CertificateStandardView | null
}

export interface ProductCertification {
  product_id: string
  certified: boolean
  reason: CertificationReason
  certificate: PublicProductCertificate | null
}

/**
 * The 富硒认证 badge rule: a product is certified only while it holds a product certificate that is
 * in force, whose measured selenium lies inside the range its standard (as staff keep it in the
 * register) sets for its category, from an enterprise in good standing, and that the platform
 * approved. Evaluated from data at read time, so no job has to run for a badge to disappear.
 */
export function productCertification(
  product: { id: string; enterprise?: { status: string } | null; certificates?: (CertificateRecord | null)[] | null },
  standards: StandardBook,
  at: Date = new Date()
): ProductCertification {
  const meets = (c: CertificateRecord) => meetsStandard(standards.get(c.standard_code), c)
  const certificates = (product.certificates ?? [])
    .filter((c): c is CertificateRecord => c?.subject === "product" && c.review_status === "approved")
    .map((c) => ({ ...c, status: certificateStatus(c, at) }))
  const inForce = certificates.filter((c) => c.status === "valid" || c.status === "expiring")
  const best = inForce.find(meets) ?? inForce[0] ?? latest(certificates)
  const result = (certified: boolean, reason: CertificationReason): ProductCertification => ({
    product_id: product.id,
    certified,
    reason,
    certificate: best ? publicCertificate(best, standards) : null,
  })
  if (!best) return result(false, "no_certificate")
  if (best.status === "revoked") return result(false, "certificate_revoked")
  if (best.status === "expired") return result(false, "certificate_expired")
  if (!meets(best)) return result(false, "outside_standard")
  if (product.enterprise?.status !== "active") return result(false, "enterprise_not_in_good_standing")
  return result(true, "certified")
}

function latest<T extends { valid_until: Date | string }>(certificates: T[]): T | undefined {
  return [...certificates].sort((a, b) => new Date(b.valid_until).getTime() - new Date(a.valid_until).getTime())[0]
}

/**
 * A test report is stored privately and shown to shoppers only while the certificate it backs is
 * approved and in force: what a shopper can check is the evidence for a claim the store makes now.
 * Reports of pending, rejected, expired or revoked certificates stay with the enterprise and staff;
 * business licences are never public.
 */
export function testReportIsPublic(c: Pick<CertificateRecord, "review_status" | "test_report_url">, status: CertificateStatus): boolean {
  return c.review_status === "approved" && (status === "valid" || status === "expiring") && Boolean(privateFileId(c.test_report_url))
}

function publicCertificate(c: CertificateRecord & { status: CertificateStatus }, standards: StandardBook): PublicProductCertificate {
  const { revoked_at: _revoked, review_status: _review, issued_by, test_report_url: _private, ...rest } = c
  return {
    ...rest,
    has_public_report: testReportIsPublic(c, c.status),
    issuer_accreditation: issuerAccreditation(issued_by),
    standard: certificateStandard(standards, c.standard_code, c.category),
  }
}

/** The issuer's accreditation numbers a shopper can check, from its register entry. */
export function issuerAccreditation(issuedBy: IssuerAccreditationView | null | undefined): IssuerAccreditationView | null {
  return issuedBy ? { name: issuedBy.name, cma_number: issuedBy.cma_number, cnas_number: issuedBy.cnas_number } : null
}

/** The cited standard's code, edition, names and its range for the category, as the store shows them. */
export function certificateStandard(standards: StandardBook, code: string, category: string): CertificateStandardView | null {
  const standard = standards.get(code)
  if (!standard) return null
  const range = rangeFor(standard, category)
  return {
    code: standard.code,
    edition: standard.edition,
    name: { zh: standard.name_zh, en: standard.name_en },
    range: range ? { min_mg_per_kg: range.min_mg_per_kg, max_mg_per_kg: range.max_mg_per_kg } : null,
  }
}
