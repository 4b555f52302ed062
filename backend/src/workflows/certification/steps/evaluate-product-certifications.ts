import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { productCertification, type CertificateRecord } from "../product-certification"

export const CERTIFICATE_FIELDS = [
  "id", "number", "issuer", "subject", "standard_code", "category", "measured_mg_per_kg",
  "test_lab", "tested_on", "valid_from", "valid_until", "revoked_at", "review_status",
]

/** Reads products with their certificates and enterprise across modules, then applies the badge rule. */
export const evaluateProductCertificationsStep = createStep(
  "evaluate-product-certifications",
  async (input: { productIds: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "status", "enterprise.status", ...CERTIFICATE_FIELDS.map((f) => `certificates.${f}`)],
      filters: { id: input.productIds, status: "published" },
    })
    const products = data as { id: string; enterprise: { status: string } | null; certificates: (CertificateRecord | null)[] }[]
    return new StepResponse(products.map((p) => productCertification(p)))
  }
)
