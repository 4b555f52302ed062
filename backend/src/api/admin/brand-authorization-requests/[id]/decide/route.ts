import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { authorizationRequestViews } from "../../../../../lib/authorization-request-view"
import { decideBrandAuthorizationRequestWorkflow } from "../../../../../workflows/enterprise/brand-authorization-requests"
import type { AdminDecideAuthorizationRequestType } from "../../validators"

/** POST /admin/brand-authorization-requests/:id/decide — grant (categories, end date) or refuse (note). */
export const POST = async (req: MedusaRequest<AdminDecideAuthorizationRequestType>, res: MedusaResponse) => {
  await decideBrandAuthorizationRequestWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  const [view] = await authorizationRequestViews(req.scope, { id: req.params.id! })
  res.json({ brand_authorization_request: view })
}
