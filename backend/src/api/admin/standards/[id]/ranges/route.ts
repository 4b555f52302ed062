import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CERTIFICATION_MODULE } from "../../../../../modules/certification"
import type CertificationModuleService from "../../../../../modules/certification/service"
import { retrieveStandardView } from "../../helpers"
import type { AdminSaveStandardRangeType } from "../../validators"

/**
 * POST /admin/standards/:id/ranges — enters the figures the standard sets for a category, or corrects
 * them (one range per category). Certificates are checked against the figures as they are now.
 */
export const POST = async (req: MedusaRequest<AdminSaveStandardRangeType>, res: MedusaResponse) => {
  await req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE).saveStandardRange(req.params.id!, req.validatedBody)
  res.json({ standard: await retrieveStandardView(req.scope, req.params.id!) })
}
