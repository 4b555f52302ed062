import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transitionReportCaseWorkflow } from "../../../../../workflows/report-cases/transition-report-case"
import type { AdminTransitionReportCaseType } from "../../validators"
import { adminReportCaseDetail, readCase } from "../../views"

/** POST /admin/report-cases/:id/status — moves a case on (closing needs a resolution note). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminTransitionReportCaseType>, res: MedusaResponse) => {
  await transitionReportCaseWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.json({ report_case: await adminReportCaseDetail(req.scope, (await readCase(req.scope, { id: req.params.id! }))!) })
}
