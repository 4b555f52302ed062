import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * The login of a caller who registered (POST /auth/enterprise/emailpass/register) but has no
 * enterprise account yet: its auth identity and the e-mail it registered with.
 */
export async function registeredLogin(req: AuthenticatedMedusaRequest): Promise<{ authIdentityId: string; email: string }> {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to an enterprise account; sign in instead")
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Use a login registered by e-mail and password")
  return { authIdentityId: identity.id, email }
}
