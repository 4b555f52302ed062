import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ENTERPRISE_MODULE } from "../../modules/enterprise"
import type EnterpriseModuleService from "../../modules/enterprise/service"
import { ENTERPRISE_ACTOR } from "./apply-for-enterprise"
import { hashInviteToken } from "./invite-staff"
import { createEnterpriseAccountStep } from "./steps/create-enterprise-account"

export interface AcceptInviteInput {
  token: string
  auth_identity_id: string
  /** The e-mail the accepting login registered with; it must be the one invited. */
  email: string
  name?: string | null
}

const INVALID = "This invitation link is not valid; ask your enterprise's owner for a new one"

/** Finds the open invitation for the token and marks it accepted; undone by reopening it. */
const useInviteStep = createStep(
  "use-enterprise-invite",
  async (input: AcceptInviteInput, { container }) => {
    const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    const [invite] = await service.listEnterpriseInvites({ token_hash: hashInviteToken(input.token) })
    if (!invite || invite.accepted_at) throw new MedusaError(MedusaError.Types.INVALID_DATA, INVALID)
    if (new Date(invite.expires_at).getTime() < Date.now()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This invitation has expired; ask your enterprise's owner for a new one")
    }
    if (invite.email !== input.email.trim().toLowerCase()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `This invitation is for ${invite.email}; sign up with that e-mail address`)
    }
    await service.updateEnterpriseInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse({ enterprise_id: invite.enterprise_id as string, email: invite.email, role: invite.role }, invite.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).updateEnterpriseInvites({ id, accepted_at: null })
  }
)

/** A colleague accepts an invitation: an account of the inviting enterprise in the invited role, bound to their login. */
export const acceptInviteWorkflow = createWorkflow("accept-enterprise-invite", (input: AcceptInviteInput) => {
  const invite = useInviteStep(input)
  const accountInput = transform({ invite, input }, ({ invite, input }) => ({
    enterprise_id: invite.enterprise_id,
    email: invite.email,
    name: input.name ?? null,
    role: invite.role,
  }))
  const account = createEnterpriseAccountStep(accountInput)
  const metadata = transform({ input, account }, ({ input, account }) => ({
    authIdentityId: input.auth_identity_id,
    actorType: ENTERPRISE_ACTOR,
    value: account.id,
  }))
  setAuthAppMetadataStep(metadata)
  return new WorkflowResponse(account)
})
