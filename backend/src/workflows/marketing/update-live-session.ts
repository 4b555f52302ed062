import { updatePriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { liveSessionPriceListTitle } from "./create-live-session"
import { planLiveSessionUpdateStep, updateLiveSessionRowStep, type UpdateLiveSessionInput } from "./steps/live-session-update"

export type { UpdateLiveSessionInput } from "./steps/live-session-update"

/**
 * Changes a session's texts, links or times. Its price list follows its times, so moving the end to
 * now ends the session prices with the session; both changes are undone together on failure.
 */
export const updateLiveSessionWorkflow = createWorkflow("update-live-session", (input: UpdateLiveSessionInput) => {
  const plan = planLiveSessionUpdateStep(input)
  updateLiveSessionRowStep(transform({ plan }, ({ plan }) => ({ id: plan.id, changes: plan.changes })))

  when({ plan }, ({ plan }) => !!plan.price_list_id).then(() => {
    const price_lists_data = transform({ plan }, ({ plan }) => [
      {
        id: plan.price_list_id!,
        title: liveSessionPriceListTitle(plan.title),
        starts_at: plan.starts_at,
        ends_at: plan.ends_at,
      },
    ])
    updatePriceListsWorkflow.runAsStep({ input: { price_lists_data } })
  })
  return new WorkflowResponse(transform({ plan }, ({ plan }) => ({ id: plan.id })))
})
