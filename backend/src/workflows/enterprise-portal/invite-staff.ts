import { createHash, randomBytes } from "node:crypto"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { EnterpriseRole } from "@seleno/domain"
import { teamProblemError } from "./team-problems"
import { ENTERPRISE_MODULE } from "../../modules/enterprise"
import type EnterpriseModuleService from "../../modules/enterprise/service"

export const INVITE_VALID_DAYS = 7

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

export interface InviteStaffInput {
  enterprise_id: string
  /** Who sends it: an owner of the enterprise, or platform staff (for a new enterprise's owner). */
  inviter_role: EnterpriseRole | "platform"
  email: string
  /** The role the colleague gets on accepting. */
  role: EnterpriseRole
}

/** Creates the invitation and returns the token once; undone by deleting the invitation. */
export const createInviteStep = createStep(
  "create-enterprise-invite",
  async (input: InviteStaffInput, { container }) => {
    if (input.inviter_role !== "owner" && input.inviter_role !== "platform") throw teamProblemError("team_owner_only")
    const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    const email = input.email.trim().toLowerCase()
    if ((await service.listEnterpriseAccounts({ email }, { select: ["id"] })).length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `email "${email}" already belongs to an enterprise account`)
    }
    const token = randomBytes(24).toString("base64url")
    const invite = await service.createEnterpriseInvites({
      email,
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + INVITE_VALID_DAYS * 24 * 60 * 60 * 1000),
      role: input.role,
      enterprise_id: input.enterprise_id,
    })
    return new StepResponse({ id: invite.id, email, role: invite.role, expires_at: invite.expires_at, token }, invite.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).deleteEnterpriseInvites(id)
  }
)

/** An owner invites a colleague by e-mail; the colleague accepts with the token (acceptInviteWorkflow). */
export const inviteStaffWorkflow = createWorkflow("invite-enterprise-staff", (input: InviteStaffInput) => {
  return new WorkflowResponse(createInviteStep(input))
})
