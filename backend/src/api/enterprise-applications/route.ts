import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { applyForEnterpriseWorkflow } from "../../workflows/enterprise-portal/apply-for-enterprise"
import type { EnterpriseApplyType } from "./validators"

/**
 * POST /enterprise-applications — a login registered with POST /auth/enterprise/emailpass/register
 * applies for its enterprise. The enterprise waits for review; the login becomes its owner. Outside
 * /enterprise/* because the caller has no enterprise account yet.
 */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseApplyType>, res: MedusaResponse) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to an enterprise account; sign in instead of applying again")
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Apply with a login registered by e-mail and password")
  const { applicant_name, ...enterprise } = req.validatedBody
  const { result } = await applyForEnterpriseWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, email, applicant_name, enterprise },
  })
  res.status(201).json({ enterprise: result.enterprise, account: result.account })
}
