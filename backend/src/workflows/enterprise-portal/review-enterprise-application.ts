import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ENTERPRISE_REVIEWED } from "../../lib/events"
import { ENTERPRISE_MODULE } from "../../modules/enterprise"
import type EnterpriseModuleService from "../../modules/enterprise/service"
import { updateEnterpriseStep } from "../enterprise/steps/update-enterprise"

export interface ReviewEnterpriseInput {
  id: string
  decision: "approve" | "reject"
  note?: string
}

/** Only an application waiting for review can be decided; a decided one is changed by suspension. */
const assertPendingStep = createStep("assert-enterprise-pending", async (input: ReviewEnterpriseInput, { container }) => {
  const enterprise = await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).retrieveEnterprise(input.id, { select: ["status"] })
  if (enterprise.status !== "pending") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Enterprise ${input.id} is ${enterprise.status}, not waiting for review`)
  }
  return new StepResponse(input)
})

/** Platform staff approve an enterprise (it may sell) or reject it with the reason it is shown. */
export const reviewEnterpriseApplicationWorkflow = createWorkflow("review-enterprise-application", (input: ReviewEnterpriseInput) => {
  const checked = assertPendingStep(input)
  const update = transform({ checked }, ({ checked }) => ({
    id: checked.id,
    status: checked.decision === "approve" ? ("active" as const) : ("rejected" as const),
    review_note: checked.note ?? null,
  }))
  const updated = updateEnterpriseStep(update)
  // The owner is told the decision and the note.
  emitEventStep({ eventName: ENTERPRISE_REVIEWED, data: transform({ checked }, ({ checked }) => ({ id: checked.id, decision: checked.decision })) })
  return new WorkflowResponse(updated)
})
