import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { productCertification, type CertificateRecord } from "../product-certification"
import { loadStandardBook } from "../standard-book"

export const CERTIFICATE_FIELDS = [
  "id", "number", "issuer", "subject", "standard_code", "category", "measured_mg_per_kg",
  "test_lab", "tested_on", "valid_from", "valid_until", "revoked_at", "review_status",
]

/** What the store adds: whether there is a report a shopper may open, and the issuer's accreditation. */
export const PUBLIC_CERTIFICATE_FIELDS = [...CERTIFICATE_FIELDS, "test_report_url", "issued_by.name", "issued_by.cma_number", "issued_by.cnas_number"]

/** Reads products with their certificates, enterprise and the cited standards' ranges, then applies the badge rule. */
export const evaluateProductCertificationsStep = createStep(
  "evaluate-product-certifications",
  async (input: { productIds: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "status", "enterprise.status", ...PUBLIC_CERTIFICATE_FIELDS.map((f) => `certificates.${f}`)],
      filters: { id: input.productIds, status: "published" },
    })
    const products = data as unknown as { id: string; enterprise: { status: string } | null; certificates: (CertificateRecord | null)[] }[]
    const codes = products.flatMap((p) => (p.certificates ?? []).flatMap((c) => (c ? [c.standard_code] : [])))
    const standards = await loadStandardBook(query, codes)
    const at = new Date()
    return new StepResponse(products.map((p) => productCertification(p, standards, at)))
  }
)
