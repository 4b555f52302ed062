import {
  acquireLockStep,
  beginReturnOrderWorkflow,
  confirmReturnRequestWorkflow,
  releaseLockStep,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { receiveAndRefund } from "./receive-and-refund"
import { planDecisionStep } from "./steps/plan-decision"
import { requestOrderLockStep } from "./steps/request-order"
import { updateAfterSalesRequestStep } from "./steps/update-request"

export interface DecideAfterSalesInput {
  id: string
  /** From the signed-in actor only. */
  enterprise_id: string
  account_id: string
}

/**
 * The enterprise approves a request: Medusa's return is begun, its items requested and the
 * request confirmed (the order now shows the return). A return waits for the goods; a quality
 * claim (refund only) is received and refunded at once. The order is locked with the same key as
 * fulfilment, so no other order change runs in between.
 */
export const approveAfterSalesRequestWorkflow = createWorkflow("approve-after-sales-request", (input: DecideAfterSalesInput) => {
  const lockKey = requestOrderLockStep(transform({ input }, ({ input }) => ({ id: input.id, enterprise_id: input.enterprise_id })))
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })
  const plan = planDecisionStep(transform({ input }, ({ input }) => ({ id: input.id, enterprise_id: input.enterprise_id, status: "requested" as const, refund: true })))
  const change = beginReturnOrderWorkflow.runAsStep({
    input: transform({ plan, input }, ({ plan, input }) => ({
      order_id: plan.order_id,
      location_id: plan.location_id ?? undefined,
      created_by: input.account_id,
      description: `售后 ${plan.id}`,
      metadata: { after_sales_request_id: plan.id },
    })),
  })
  const returnId = transform({ change }, ({ change }) => change.return_id!)
  requestItemReturnWorkflow.runAsStep({ input: transform({ plan, returnId }, ({ plan, returnId }) => ({ return_id: returnId, items: plan.items })) })
  confirmReturnRequestWorkflow.runAsStep({ input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, confirmed_by: input.account_id })) })
  const approved = updateAfterSalesRequestStep(
    transform({ plan, returnId, input }, ({ plan, returnId, input }) => ({
      id: plan.id,
      status: "approved",
      return_id: returnId,
      decided_by: input.account_id,
      decided_at: new Date(),
    }))
  )
  const actor = transform({ input }, ({ input }) => input.account_id)
  const refunded = when("refund-quality-claim-at-once", { plan }, ({ plan }) => plan.kind === "quality_claim").then(() =>
    receiveAndRefund(plan, returnId, actor, "dismiss")
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ approved, refunded }, ({ approved, refunded }) => refunded ?? approved))
})
