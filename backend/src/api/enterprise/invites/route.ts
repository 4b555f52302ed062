import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteStaffWorkflow } from "../../../workflows/enterprise-portal/invite-staff"
import type { EnterpriseInviteStaffType } from "../../enterprise-invites/validators"
import { enterpriseOf } from "../context"

/**
 * POST /enterprise/invites — the owner invites a colleague. The answer carries the token once, in
 * the portal path the owner passes on; the platform keeps only its hash.
 */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseInviteStaffType>, res: MedusaResponse) => {
  const { enterpriseId, role } = enterpriseOf(req)
  const { email, role: invitedRole } = req.validatedBody
  const { result } = await inviteStaffWorkflow(req.scope).run({ input: { enterprise_id: enterpriseId, inviter_role: role, email, role: invitedRole } })
  const { token, ...invite } = result
  res.status(201).json({ invite, token, join_path: `/portal/join?token=${encodeURIComponent(token)}` })
}
