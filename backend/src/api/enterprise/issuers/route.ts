import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { ISSUER_SELECT } from "../../admin/issuers/helpers"

/** GET /enterprise/issuers — the active accredited issuers a submitted certificate may come from. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const issuers = await req.scope
    .resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    .listIssuers({ active: true }, { select: [...ISSUER_SELECT], order: { name: "ASC" } })
  res.json({ issuers, count: issuers.length })
}
