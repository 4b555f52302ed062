import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmReportedCounterfeitWorkflow } from "../../../../../workflows/report-cases/confirm-counterfeit"
import { revokeReportedCertificateWorkflow } from "../../../../../workflows/report-cases/revoke-certificate"
import { suspendReportedEnterpriseWorkflow } from "../../../../../workflows/report-cases/suspend-enterprise"
import { unpublishReportedListingWorkflow } from "../../../../../workflows/report-cases/unpublish-listing"
import type { AdminReportCaseActionType } from "../../validators"
import { adminReportCaseDetail, readCase } from "../../views"

/**
 * POST /admin/report-cases/:id/actions — one of the staff actions on a case, each a workflow that
 * records itself in the case history. Platform staff only (marketing staff are refused by the role check).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReportCaseActionType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const input = { id: req.params.id!, actor_id: req.auth_context.actor_id, note: body.note }
  switch (body.action) {
    case "confirm_counterfeit":
      await confirmReportedCounterfeitWorkflow(req.scope).run({ input })
      break
    case "unpublish_listing":
      await unpublishReportedListingWorkflow(req.scope).run({ input })
      break
    case "suspend_enterprise":
      await suspendReportedEnterpriseWorkflow(req.scope).run({ input })
      break
    case "revoke_certificate":
      await revokeReportedCertificateWorkflow(req.scope).run({ input: { ...input, certificate_id: body.certificate_id } })
      break
  }
  res.json({ report_case: await adminReportCaseDetail(req.scope, (await readCase(req.scope, { id: req.params.id! }))!) })
}
