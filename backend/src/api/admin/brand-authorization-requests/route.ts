import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { authorizationRequestViews } from "../../../lib/authorization-request-view"
import type { AdminListAuthorizationRequestsType } from "./validators"

/** GET /admin/brand-authorization-requests?status=pending&enterprise_id= — the queue staff decide. */
export const GET = async (req: MedusaRequest<unknown, AdminListAuthorizationRequestsType>, res: MedusaResponse) => {
  const { status, enterprise_id } = req.validatedQuery as AdminListAuthorizationRequestsType
  const requests = await authorizationRequestViews(req.scope, { ...(status ? { status } : {}), ...(enterprise_id ? { enterprise_id } : {}) })
  res.json({ brand_authorization_requests: requests, count: requests.length })
}
