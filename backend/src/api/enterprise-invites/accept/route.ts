import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptInviteWorkflow } from "../../../workflows/enterprise-portal/accept-invite"
import { registeredLogin } from "../../enterprise/registered-login"
import type { EnterpriseAcceptInviteType } from "../validators"

/**
 * POST /enterprise-invites/accept — a colleague who registered a login with the invited e-mail
 * joins the inviting enterprise as staff. Sign in again afterwards for a token that carries the account.
 */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseAcceptInviteType>, res: MedusaResponse) => {
  const { authIdentityId, email } = await registeredLogin(req)
  const { result } = await acceptInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, name: req.validatedBody.name, auth_identity_id: authIdentityId, email },
  })
  res.status(201).json({ account: result })
}
