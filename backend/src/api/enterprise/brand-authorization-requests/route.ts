import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { authorizationRequestViews } from "../../../lib/authorization-request-view"
import { requestBrandAuthorizationWorkflow } from "../../../workflows/enterprise/brand-authorization-requests"
import { enterpriseOf } from "../context"
import type { EnterpriseRequestBrandAuthorizationType } from "./validators"

/** GET /enterprise/brand-authorization-requests — the enterprise's requests, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  res.json({ brand_authorization_requests: await authorizationRequestViews(req.scope, { enterprise_id: enterpriseId }) })
}

/** POST /enterprise/brand-authorization-requests — asks the platform for the use of a brand. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseRequestBrandAuthorizationType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const { result } = await requestBrandAuthorizationWorkflow(req.scope).run({ input: { enterprise_id: enterpriseId, ...req.validatedBody } })
  const [view] = await authorizationRequestViews(req.scope, { id: result.id })
  res.status(201).json({ brand_authorization_request: view })
}
