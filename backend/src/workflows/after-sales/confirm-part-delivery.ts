import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { confirmDeliveryStep, type RecordDeliveryInput } from "./steps/record-delivery"

/** The shopper confirms that an enterprise's part arrived; the no-reason window starts now. */
export const confirmPartDeliveryWorkflow = createWorkflow("confirm-part-delivery", (input: RecordDeliveryInput) => {
  const lockKey = transform({ input }, ({ input }) => `after-sales:${input.order_id}:${input.enterprise_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const delivery = confirmDeliveryStep(input)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(delivery)
})
