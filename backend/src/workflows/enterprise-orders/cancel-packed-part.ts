import { acquireLockStep, cancelOrderFulfillmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkPartFulfilmentStep } from "./steps/check-part-fulfilment"
import { orderPartLockKey } from "../../lib/order-part-lock"

export interface CancelPackedPartInput {
  order_id: string
  enterprise_id: string
  fulfillment_id: string
  canceled_by: string
}

/**
 * An enterprise unpacks a parcel it has not shipped: Medusa's cancelOrderFulfillmentWorkflow puts
 * the units back to "not fulfilled" and restores their reservations and stock. A shipped
 * fulfilment cannot be cancelled (Medusa refuses it too); we say so first with a coded 400.
 */
export const cancelPackedPartWorkflow = createWorkflow("enterprise-cancel-packed-part", (input: CancelPackedPartInput) => {
  const lockKey = transform({ input }, ({ input }) => orderPartLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  checkPartFulfilmentStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, enterprise_id: input.enterprise_id, fulfillment_id: input.fulfillment_id, move: "cancel" as const }))
  )
  cancelOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, fulfillment_id: input.fulfillment_id, canceled_by: input.canceled_by })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ input }, ({ input }) => input.fulfillment_id))
})
