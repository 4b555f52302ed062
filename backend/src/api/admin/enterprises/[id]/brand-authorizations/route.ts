import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { authorizationStatus } from "../../../../../modules/enterprise/authorization"
import { grantBrandAuthorizationWorkflow } from "../../../../../workflows/enterprise/grant-brand-authorization"
import type { AdminGrantBrandAuthorizationType } from "../../validators"

/** POST /admin/enterprises/:id/brand-authorizations — grants the use of a regional or county brand. */
export const POST = async (req: MedusaRequest<AdminGrantBrandAuthorizationType>, res: MedusaResponse) => {
  const { result } = await grantBrandAuthorizationWorkflow(req.scope).run({ input: { enterprise_id: req.params.id!, ...req.validatedBody } })
  res.status(201).json({ brand_authorization: { ...result, status: authorizationStatus(result) } })
}
