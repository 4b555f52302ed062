import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyForEnterpriseWorkflow } from "../../workflows/enterprise-portal/apply-for-enterprise"
import { registeredLogin } from "../enterprise/registered-login"
import type { EnterpriseApplyType } from "./validators"

/**
 * POST /enterprise-applications — a login registered with POST /auth/enterprise/emailpass/register
 * applies for its enterprise. The enterprise waits for review; the login becomes its owner. Outside
 * /enterprise/* because the caller has no enterprise account yet.
 */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseApplyType>, res: MedusaResponse) => {
  const { authIdentityId, email } = await registeredLogin(req)
  // licence_file_url is refused by the validator: the licence is attached after applying.
  const { applicant_name, licence_file_url: _refused, ...enterprise } = req.validatedBody
  const { result } = await applyForEnterpriseWorkflow(req.scope).run({
    input: { auth_identity_id: authIdentityId, email, applicant_name, enterprise },
  })
  res.status(201).json({ enterprise: result.enterprise, account: result.account })
}
