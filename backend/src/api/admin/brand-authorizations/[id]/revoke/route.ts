import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { authorizationStatus } from "../../../../../modules/enterprise/authorization"
import { revokeBrandAuthorizationWorkflow } from "../../../../../workflows/enterprise/revoke-brand-authorization"

/** POST /admin/brand-authorizations/:id/revoke — ends the grant at once; new listings under the brand are refused. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { result } = await revokeBrandAuthorizationWorkflow(req.scope).run({ input: { id: req.params.id! } })
  res.json({ brand_authorization: { ...result, status: authorizationStatus(result) } })
}
