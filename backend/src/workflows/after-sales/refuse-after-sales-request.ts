import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DecideAfterSalesInput } from "./approve-after-sales-request"
import { planDecisionStep } from "./steps/plan-decision"
import { requestOrderLockStep } from "./steps/request-order"
import { updateAfterSalesRequestStep } from "./steps/update-request"

/** The enterprise refuses a request, saying why; the shopper sees the reason. Nothing moves in Medusa. */
export const refuseAfterSalesRequestWorkflow = createWorkflow("refuse-after-sales-request", (input: DecideAfterSalesInput & { reason: string }) => {
  const lockKey = requestOrderLockStep(transform({ input }, ({ input }) => ({ id: input.id, enterprise_id: input.enterprise_id })))
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const plan = planDecisionStep(transform({ input }, ({ input }) => ({ id: input.id, enterprise_id: input.enterprise_id, status: "requested" as const, refund: false })))
  const refused = updateAfterSalesRequestStep(
    transform({ plan, input }, ({ plan, input }) => ({
      id: plan.id,
      status: "refused",
      refusal_reason: input.reason,
      decided_by: input.account_id,
      decided_at: new Date(),
    }))
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(refused)
})
