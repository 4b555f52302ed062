import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CERTIFICATION_MODULE } from "../../../../modules/certification"
import type CertificationModuleService from "../../../../modules/certification/service"
import { ISSUER_SELECT } from "../helpers"
import type { AdminUpdateIssuerType } from "../validators"

/** POST /admin/issuers/:id — corrects an issuer's entry, or deactivates it (its certificates stay; it can issue no new one). */
export const POST = async (req: MedusaRequest<AdminUpdateIssuerType>, res: MedusaResponse) => {
  const service = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  await service.reviseIssuer(req.params.id!, req.validatedBody)
  res.json({ issuer: await service.retrieveIssuer(req.params.id!, { select: [...ISSUER_SELECT] }) })
}
