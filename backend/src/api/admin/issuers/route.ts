import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { ISSUER_SELECT } from "./helpers"
import type { AdminCreateIssuerType } from "./validators"

/** GET /admin/issuers — the register of accredited issuers, active and inactive, by name. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const issuers = await req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE).listIssuers({}, { select: [...ISSUER_SELECT], order: { name: "ASC" } })
  res.json({ issuers, count: issuers.length })
}

/** POST /admin/issuers — adds an accredited body (CMA and/or CNAS number, the categories and standards it may test). */
export const POST = async (req: MedusaRequest<AdminCreateIssuerType>, res: MedusaResponse) => {
  const service = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const created = await service.registerIssuer(req.validatedBody)
  res.status(201).json({ issuer: await service.retrieveIssuer(created.id, { select: [...ISSUER_SELECT] }) })
}
