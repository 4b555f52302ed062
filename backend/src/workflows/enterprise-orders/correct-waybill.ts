import { acquireLockStep, releaseLockStep, updateFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkPartFulfilmentStep } from "./steps/check-part-fulfilment"
import { waybillLabel, waybillMetadata, type Waybill } from "./ship-part"
import { orderPartLockKey } from "../../lib/order-part-lock"

export interface CorrectWaybillInput extends Waybill {
  order_id: string
  enterprise_id: string
  fulfillment_id: string
}

/**
 * An enterprise corrects the waybill of a parcel it shipped (a mistyped number, or another
 * carrier): the fulfilment's label is replaced through Medusa's updateFulfillmentWorkflow (labels
 * not in the new list are deleted) and its metadata names the new carrier. The shopper's order
 * page reads the label, so it shows the corrected number. Money is untouched.
 */
export const correctWaybillWorkflow = createWorkflow("enterprise-correct-waybill", (input: CorrectWaybillInput) => {
  const lockKey = transform({ input }, ({ input }) => orderPartLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  checkPartFulfilmentStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, enterprise_id: input.enterprise_id, fulfillment_id: input.fulfillment_id, move: "correct_waybill" as const }))
  )
  updateFulfillmentWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ id: input.fulfillment_id, labels: [waybillLabel(input)], metadata: waybillMetadata(input.enterprise_id, input) })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ input }, ({ input }) => input.fulfillment_id))
})
