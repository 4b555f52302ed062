import { productCertification as evaluate, testReportIsPublic, type CertificateRecord } from "../product-certification"
import type { StandardBook } from "../standard-book"

const standards: StandardBook = new Map([
  [
    "NY/T 600-2002",
    {
      id: "sstd_1", code: "NY/T 600-2002", edition: "2002", name_zh: "富硒茶", name_en: "Selenium-rich tea", source: "test", note: null,
      ranges: [{ id: "srng_1", category: "tea", min_mg_per_kg: 0.25, max_mg_per_kg: 4, containing_min_mg_per_kg: null, containing_max_mg_per_kg: null }],
    },
  ],
])
const productCertification = (product: Parameters<typeof evaluate>[0], at: Date) => evaluate(product, standards, at)

const at = new Date("2026-06-01T00:00:00Z")
const cert = (over: Partial<CertificateRecord> = {}): CertificateRecord => ({
  id: "cert_1",
  number: "AK-2026-001",
  issuer: "安康市富硒产品质量监督检验中心",
  subject: "product",
  standard_code: "NY/T 600-2002",
  category: "tea",
  measured_mg_per_kg: 1.2,
  test_lab: "lab",
  tested_on: "2025-12-01",
  valid_from: "2026-01-01",
  valid_until: "2027-01-01",
  revoked_at: null,
  review_status: "approved",
  ...over,
})
const product = (certificates: CertificateRecord[], status = "active") => ({ id: "prod_1", enterprise: { status }, certificates })

describe("productCertification", () => {
  it("certifies a product with a valid certificate inside its standard from an active enterprise", () => {
    const result = productCertification(product([cert()]), at)
    expect(result).toMatchObject({ certified: true, reason: "certified", certificate: { number: "AK-2026-001", status: "valid" } })
  })
  it("never certifies on an expired certificate, even if nothing else changed", () => {
    expect(productCertification(product([cert({ valid_until: "2026-05-31" })]), at)).toMatchObject({ certified: false, reason: "certificate_expired" })
  })
  it("refuses a revoked certificate, a value outside the range and a suspended enterprise", () => {
    expect(productCertification(product([cert({ revoked_at: "2026-03-01" })]), at).reason).toBe("certificate_revoked")
    expect(productCertification(product([cert({ measured_mg_per_kg: 9 })]), at).reason).toBe("outside_standard")
    expect(productCertification(product([cert()], "suspended"), at).reason).toBe("enterprise_not_in_good_standing")
  })
  it("ignores enterprise and base certificates, and prefers the one in force", () => {
    expect(productCertification(product([cert({ subject: "enterprise" })]), at).reason).toBe("no_certificate")
    const renewed = productCertification(product([cert({ id: "old", valid_until: "2025-12-31" }), cert({ id: "new", number: "AK-2026-002" })]), at)
    expect(renewed).toMatchObject({ certified: true, certificate: { number: "AK-2026-002" } })
  })
  it("says when there is no certificate at all", () => {
    expect(productCertification({ id: "p", enterprise: { status: "active" }, certificates: [] }, at)).toMatchObject({ certified: false, reason: "no_certificate", certificate: null })
  })
  it("ignores a certificate the platform has not approved", () => {
    expect(productCertification(product([cert({ review_status: "pending" })]), at).reason).toBe("no_certificate")
    expect(productCertification(product([cert({ review_status: "rejected" })]), at).reason).toBe("no_certificate")
  })
  it("checks the range the register holds now, and shows the standard and issuer accreditation but not where the report is stored", () => {
    const issued_by = { name: "安康市富硒产品质量检验中心", cma_number: "221627110381", cnas_number: null }
    const result = productCertification(product([cert({ test_report_url: "/enterprise/files/eupl_01", issued_by })]), at)
    expect(result.certificate).not.toHaveProperty("test_report_url")
    expect(result.certificate).toMatchObject({
      has_public_report: true,
      issuer_accreditation: issued_by,
      standard: { code: "NY/T 600-2002", edition: "2002", range: { min_mg_per_kg: 0.25, max_mg_per_kg: 4 } },
    })
    expect(result.certificate).not.toHaveProperty("issued_by")
    expect(evaluate(product([cert()]), new Map(), at)).toMatchObject({ certified: false, reason: "outside_standard", certificate: { standard: null } })
    expect(productCertification(product([cert({ category: "rice" })]), at).reason).toBe("outside_standard")
  })
  it("opens the test report only while the certificate is approved and in force", () => {
    const report = { test_report_url: "/enterprise/files/eupl_01" }
    expect(testReportIsPublic({ review_status: "approved", ...report }, "valid")).toBe(true)
    expect(testReportIsPublic({ review_status: "approved", ...report }, "expiring")).toBe(true)
    for (const status of ["expired", "revoked"] as const) expect(testReportIsPublic({ review_status: "approved", ...report }, status)).toBe(false)
    for (const review of ["pending", "rejected"] as const) expect(testReportIsPublic({ review_status: review, ...report }, "valid")).toBe(false)
    // Only a private upload reference is ever served; an old storage URL or nothing is not.
    expect(testReportIsPublic({ review_status: "approved", test_report_url: "http://localhost:9000/static/r.pdf" }, "valid")).toBe(false)
    expect(testReportIsPublic({ review_status: "approved", test_report_url: null }, "valid")).toBe(false)
    expect(productCertification(product([cert({ ...report, valid_until: "2026-05-31" })]), at).certificate).toMatchObject({ status: "expired", has_public_report: false })
  })
})
