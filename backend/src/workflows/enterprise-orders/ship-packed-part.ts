import { acquireLockStep, releaseLockStep, updateFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkPartFulfilmentStep } from "./steps/check-part-fulfilment"
import { shipAndCapture, waybillMetadata, type ShipPartInput } from "./ship-part"
import { orderPartLockKey } from "../../lib/order-part-lock"

export interface ShipPackedPartInput extends ShipPartInput {
  fulfillment_id: string
}

/**
 * An enterprise ships a parcel it packed: the carrier goes into the fulfilment's metadata, then
 * the shipment (with the waybill label) and the part's capture (ship-part.ts). Only a packed
 * fulfilment of its own part ships; shipping it twice is refused with a coded 400.
 */
export const shipPackedPartWorkflow = createWorkflow("enterprise-ship-packed-part", (input: ShipPackedPartInput) => {
  const lockKey = transform({ input }, ({ input }) => orderPartLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const checked = checkPartFulfilmentStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, enterprise_id: input.enterprise_id, fulfillment_id: input.fulfillment_id, move: "ship" as const }))
  )
  updateFulfillmentWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ id: input.fulfillment_id, metadata: waybillMetadata(input.enterprise_id, input) })),
  })
  const items = transform({ checked }, ({ checked }) => checked.items)
  const fulfillmentId = transform({ input }, ({ input }) => input.fulfillment_id)
  shipAndCapture(input, fulfillmentId, items)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(fulfillmentId)
})
