import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { teamChangeProblem, type EnterpriseRole } from "@seleno/domain"
import { ENTERPRISE_MODULE } from "../../modules/enterprise"
import type EnterpriseModuleService from "../../modules/enterprise/service"
import { ENTERPRISE_ACTOR } from "./apply-for-enterprise"
import { teamProblemError } from "./team-problems"

export interface TeamChangeInput {
  enterprise_id: string
  actor: { id: string; role: EnterpriseRole }
  member_id: string
  change: EnterpriseRole | "remove"
}

interface Member {
  id: string
  email: string
  role: EnterpriseRole
}

/** Refuses a change the team rules forbid; answers the member as it is now. */
const checkTeamChangeStep = createStep("check-enterprise-team-change", async (input: TeamChangeInput, { container }) => {
  const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  const accounts = (await service.listEnterpriseAccounts({ enterprise_id: input.enterprise_id }, { select: ["id", "email", "role"] })) as Member[]
  const target = accounts.find((account) => account.id === input.member_id)
  const ownerCount = accounts.filter((account) => account.role === "owner").length
  // The actor's role as it is now, under the team lock: a change just made may have demoted them.
  const actor = { id: input.actor.id, role: accounts.find((account) => account.id === input.actor.id)?.role ?? input.actor.role }
  const problem = teamChangeProblem({ actor, target, ownerCount, change: input.change })
  if (problem) throw teamProblemError(problem)
  return new StepResponse(target!)
})

/** Gives the member a new role; undone by giving back the old one. */
const setRoleStep = createStep(
  "set-enterprise-member-role",
  async ({ member, role }: { member: Member; role: EnterpriseRole }, { container }) => {
    const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    const updated = await service.updateEnterpriseAccounts({ id: member.id, role })
    return new StepResponse({ id: updated.id, email: updated.email, name: updated.name, role: updated.role as EnterpriseRole }, member)
  },
  async (before, { container }) => {
    if (before) await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).updateEnterpriseAccounts({ id: before.id, role: before.role })
  }
)

/** Takes the account off the team (its tokens stop working at once); undone by restoring it. */
const removeAccountStep = createStep(
  "remove-enterprise-account",
  async (member: Member, { container }) => {
    await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).softDeleteEnterpriseAccounts(member.id)
    return new StepResponse({ id: member.id }, member.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).restoreEnterpriseAccounts(id)
  }
)

/**
 * Deletes the member's login, so the e-mail can be invited again (a login keeps its actor link for
 * good: Medusa refuses to bind it to a second account). Last and without compensation on purpose.
 */
const deleteLoginStep = createStep("delete-enterprise-login", async (member: Member, { container }) => {
  const auth = container.resolve(Modules.AUTH)
  const identities = await auth.listProviderIdentities({ entity_id: member.email, provider: "emailpass" })
  const ids = await Promise.all(identities.map((identity) => auth.retrieveAuthIdentity(identity.auth_identity_id!)))
  const own = ids.filter((identity) => identity.app_metadata?.[`${ENTERPRISE_ACTOR}_id`] === member.id).map((identity) => identity.id)
  if (own.length) await auth.deleteAuthIdentities(own)
  return new StepResponse(own.length)
})

/**
 * Team changes of one enterprise happen one at a time: two owners demoting each other at the same
 * moment would each count two owners and leave none.
 */
const teamLockKey = (input: { enterprise_id: string }) => transform({ input }, ({ input }) => `enterprise-team:${input.enterprise_id}`)

/** An owner changes a colleague's role (owner, operator, finance, packer). */
export const setEnterpriseMemberRoleWorkflow = createWorkflow("set-enterprise-member-role", (input: TeamChangeInput & { change: EnterpriseRole }) => {
  const key = teamLockKey(input)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const member = checkTeamChangeStep(input)
  const updated = setRoleStep({ member, role: input.change })
  releaseLockStep({ key })
  return new WorkflowResponse(updated)
})

/** An owner removes a colleague: the account leaves the team and its login is deleted. */
export const removeEnterpriseMemberWorkflow = createWorkflow("remove-enterprise-member", (input: TeamChangeInput & { change: "remove" }) => {
  const key = teamLockKey(input)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const member = checkTeamChangeStep(input)
  const removed = removeAccountStep(member)
  deleteLoginStep(member)
  releaseLockStep({ key })
  return new WorkflowResponse(removed)
})
