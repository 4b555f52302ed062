import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateStatus } from "../../../modules/certification/status"
import { createCertificateWorkflow } from "../../../workflows/certification/create-certificate"
import { CERTIFICATE_FIELDS } from "../../../workflows/certification/steps/evaluate-product-certifications"
import type { AdminCreateCertificateType, AdminListCertificatesType } from "./validators"

/** GET /admin/certificates?status=&review_status= — certificates with their computed status, review, report, holder and product, soonest expiry first. */
export const GET = async (req: MedusaRequest<unknown, AdminListCertificatesType>, res: MedusaResponse) => {
  const { status, review_status } = req.validatedQuery as AdminListCertificatesType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "certificate",
    fields: [...CERTIFICATE_FIELDS, "test_report_url", "review_note", "reviewed_at", "issued_by.id", "issued_by.name", "issued_by.cma_number", "issued_by.cnas_number", "enterprise.id", "enterprise.name", "product.id", "product.title"],
    filters: review_status ? { review_status } : {},
  })
  const certificates = (data as unknown as Parameters<typeof certificateStatus>[0][])
    .map((c) => ({ ...c, status: certificateStatus(c) }))
    .filter((c) => !status || c.status === status)
    .sort((a, b) => new Date(a.valid_until).getTime() - new Date(b.valid_until).getTime())
  res.json({ certificates, count: certificates.length })
}

/** POST /admin/certificates — records a certificate (checked against its standard's range and the issuer register) and links it. */
export const POST = async (req: MedusaRequest<AdminCreateCertificateType>, res: MedusaResponse) => {
  const { result } = await createCertificateWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ certificate: { ...result, status: certificateStatus(result) } })
}
