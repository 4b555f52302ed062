import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CERTIFICATION_MODULE } from "../../../../modules/certification"
import type CertificationModuleService from "../../../../modules/certification/service"
import { retrieveStandardView } from "../helpers"
import type { AdminUpdateStandardType } from "../validators"

/** GET /admin/standards/:id — one standard with its ranges. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ standard: await retrieveStandardView(req.scope, req.params.id!) })
}

/** POST /admin/standards/:id — corrects a standard's edition, names, source or note (its code is what certificates cite and stays). */
export const POST = async (req: MedusaRequest<AdminUpdateStandardType>, res: MedusaResponse) => {
  await retrieveStandardView(req.scope, req.params.id!)
  await req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE).updateSeleniumStandards({ id: req.params.id!, ...req.validatedBody })
  res.json({ standard: await retrieveStandardView(req.scope, req.params.id!) })
}
