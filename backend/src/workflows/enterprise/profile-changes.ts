import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import {
  creditCodeProblem,
  legalChanges,
  legalChangesNeedReview,
  profileChangeProblem,
  type EnterpriseStatus,
  type LegalDetails,
  type ProfileChangeDecision,
  type ProfileChangeStatus,
} from "@seleno/domain"
import { codedError } from "../../lib/coded-error"
import { PROFILE_CHANGE_DECIDED, PROFILE_CHANGE_SUBMITTED } from "../../lib/events"
import { ENTERPRISE_MODULE } from "../../modules/enterprise"
import type EnterpriseModuleService from "../../modules/enterprise/service"
import { updateEnterpriseStep, type UpdateEnterpriseInput } from "./steps/update-enterprise"

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)

type Contact = Pick<UpdateEnterpriseInput, "contact_name" | "contact_phone" | "description">

export interface EditEnterpriseProfileInput {
  enterprise_id: string
  contact: Contact
  legal: Partial<LegalDetails>
}

/** A new credit code must be well formed and no other enterprise's. */
async function assertCreditCodeFree(container: Parameters<typeof service>[0], enterpriseId: string, code: string) {
  const problem = creditCodeProblem(code)
  if (problem) throw codedError({ code: "profile_credit_code_invalid", params: { problem }, message: `credit_code "${code}" is not a valid unified social credit code (${problem})` })
  const [holder] = await service(container).listEnterprises({ credit_code: code }, { select: ["id"] })
  if (holder && holder.id !== enterpriseId) {
    throw codedError({ code: "profile_credit_code_taken", params: { credit_code: code }, message: `credit_code "${code}" is already registered to another enterprise` })
  }
}

interface ProfileEditPlan {
  /** Written at once: the contact, and the legal details too while the application is still in review. */
  direct: UpdateEnterpriseInput
  /** Sent to staff: what changes, from what; null when nothing waits. */
  review: { enterprise_id: string; changes: Partial<LegalDetails>; previous: Partial<LegalDetails> } | null
}

const planProfileEditStep = createStep("plan-enterprise-profile-edit", async (input: EditEnterpriseProfileInput, { container }) => {
  const enterprise = await service(container).retrieveEnterprise(input.enterprise_id, { select: ["id", "status", "name", "credit_code", "kind", "county", "licence_file_url"] })
  const { changes, previous } = legalChanges(enterprise as unknown as LegalDetails, input.legal)
  if (changes.credit_code) await assertCreditCodeFree(container, enterprise.id, changes.credit_code)
  const reviewed = legalChangesNeedReview(enterprise.status as EnterpriseStatus) && Object.keys(changes).length > 0
  if (reviewed) {
    const pending = await service(container).listEnterpriseProfileChanges({ enterprise_id: enterprise.id, status: "pending" }, { select: ["id"] })
    const problem = profileChangeProblem({ pendingChanges: pending.length })
    if (problem) throw codedError({ code: problem, params: {}, message: "A change of your legal details is already waiting for the platform's review; wait for its decision" })
  }
  const plan: ProfileEditPlan = {
    direct: { id: enterprise.id, ...input.contact, ...(reviewed ? {} : changes) },
    review: reviewed ? { enterprise_id: enterprise.id, changes, previous } : null,
  }
  return new StepResponse(plan)
})

const createProfileChangeStep = createStep(
  "create-enterprise-profile-change",
  async (review: NonNullable<ProfileEditPlan["review"]>, { container }) => {
    const change = await service(container).createEnterpriseProfileChanges(review)
    return new StepResponse(change, change.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteEnterpriseProfileChanges(id)
  }
)

/**
 * An owner edits the enterprise's details: contact details change at once; legal details of an
 * approved enterprise become one change for staff to review (staff are told), and the enterprise
 * keeps selling under its approved details meanwhile.
 */
export const editEnterpriseProfileWorkflow = createWorkflow("edit-enterprise-profile", (input: EditEnterpriseProfileInput) => {
  const plan = planProfileEditStep(input)
  const enterprise = updateEnterpriseStep(transform({ plan }, ({ plan }) => plan.direct))
  const change = when({ plan }, ({ plan }) => plan.review !== null).then(() => {
    const created = createProfileChangeStep(transform({ plan }, ({ plan }) => plan.review!))
    emitEventStep({ eventName: PROFILE_CHANGE_SUBMITTED, data: transform({ created }, ({ created }) => ({ id: created.id })) })
    return created
  })
  return new WorkflowResponse({ enterprise, profile_change: change })
})

export interface DecideProfileChangeInput {
  id: string
  decision: ProfileChangeDecision
  note?: string | null
}

const loadPendingProfileChangeStep = createStep("load-pending-enterprise-profile-change", async (id: string, { container }) => {
  const [change] = await service(container).listEnterpriseProfileChanges({ id }, { select: ["id", "status", "changes", "enterprise_id"] })
  if (!change) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No enterprise profile change ${id}`)
  if ((change.status as ProfileChangeStatus) !== "pending") throw codedError({ code: "profile_change_decided", params: {}, message: "This change has already been decided" })
  const changes = change.changes as Partial<LegalDetails>
  // Another enterprise may have registered the code while this change waited.
  if (changes.credit_code) await assertCreditCodeFree(container, change.enterprise_id as string, changes.credit_code)
  return new StepResponse({ id: change.id, enterprise_id: change.enterprise_id as string, changes })
})

const markProfileChangeDecidedStep = createStep(
  "mark-enterprise-profile-change-decided",
  async (input: { id: string; status: "approved" | "rejected"; review_note: string | null }, { container }) => {
    const decided = await service(container).updateEnterpriseProfileChanges({ ...input, decided_at: new Date() })
    return new StepResponse(decided, input.id)
  },
  async (id, { container }) => {
    if (id) await service(container).updateEnterpriseProfileChanges({ id, status: "pending", review_note: null, decided_at: null })
  }
)

/** Staff approve a change (the legal details are written) or reject it with a note; the owner is told. */
export const decideProfileChangeWorkflow = createWorkflow("decide-enterprise-profile-change", (input: DecideProfileChangeInput) => {
  const change = loadPendingProfileChangeStep(input.id)
  when({ input }, ({ input }) => input.decision === "approve").then(() => {
    updateEnterpriseStep(transform({ change }, ({ change }) => ({ id: change.enterprise_id, ...change.changes }) as UpdateEnterpriseInput))
  })
  const decided = markProfileChangeDecidedStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      status: input.decision === "approve" ? ("approved" as const) : ("rejected" as const),
      review_note: input.note ?? null,
    }))
  )
  emitEventStep({ eventName: PROFILE_CHANGE_DECIDED, data: transform({ input }, ({ input }) => ({ id: input.id, decision: input.decision })) })
  return new WorkflowResponse(decided)
})
