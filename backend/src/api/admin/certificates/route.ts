import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateStatus } from "../../../modules/certification/status"
import { createCertificateWorkflow } from "../../../workflows/certification/create-certificate"
import { CERTIFICATE_FIELDS } from "../../../workflows/certification/steps/evaluate-product-certifications"
import type { AdminCreateCertificateType } from "./validators"

/** GET /admin/certificates — every certificate with its computed status, holder and product. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "certificate",
    fields: [...CERTIFICATE_FIELDS, "enterprise.id", "enterprise.name", "product.id", "product.title"],
  })
  const certificates = (data as unknown as Parameters<typeof certificateStatus>[0][]).map((c) => ({ ...c, status: certificateStatus(c) }))
  res.json({ certificates, count: certificates.length })
}

/** POST /admin/certificates — records a certificate (checked against the standards) and links it. */
export const POST = async (req: MedusaRequest<AdminCreateCertificateType>, res: MedusaResponse) => {
  const { result } = await createCertificateWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ certificate: { ...result, status: certificateStatus(result) } })
}
