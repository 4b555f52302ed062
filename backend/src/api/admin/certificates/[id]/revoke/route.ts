import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CERTIFICATION_MODULE } from "../../../../../modules/certification"
import type CertificationModuleService from "../../../../../modules/certification/service"

/** POST /admin/certificates/:id/revoke — revokes a certificate at once; its products lose the badge. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  await service.retrieveCertificate(req.params.id!)
  const certificate = await service.updateCertificates({ id: req.params.id!, revoked_at: new Date() })
  res.json({ certificate: { ...certificate, status: "revoked" } })
}
