import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DecideAfterSalesInput } from "./approve-after-sales-request"
import { receiveAndRefund } from "./receive-and-refund"
import { planDecisionStep } from "./steps/plan-decision"
import { requestOrderLockStep } from "./steps/request-order"

/** The enterprise has the returned goods back: Medusa receives the return, then the refund is paid. */
export const receiveAfterSalesReturnWorkflow = createWorkflow("receive-after-sales-return", (input: DecideAfterSalesInput) => {
  const lockKey = requestOrderLockStep(transform({ input }, ({ input }) => ({ id: input.id, enterprise_id: input.enterprise_id })))
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })
  const plan = planDecisionStep(transform({ input }, ({ input }) => ({ id: input.id, enterprise_id: input.enterprise_id, status: "approved" as const, refund: true })))
  const returnId = transform({ plan }, ({ plan }) => plan.return_id!)
  const actor = transform({ input }, ({ input }) => input.account_id)
  const refunded = receiveAndRefund(plan, returnId, actor, "receive")
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(refunded)
})
