import { acquireLockStep, createOrderFulfillmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planPartFulfilmentStep, type PlanPartFulfilmentInput } from "./steps/plan-part-fulfilment"
import { shipAndCapture, waybillMetadata, type Waybill } from "./ship-part"
import { orderPartLockKey } from "../../lib/order-part-lock"

export interface PackOrderPartInput extends PlanPartFulfilmentInput {
  /** The enterprise account that packs, kept as the fulfilment's created_by. */
  created_by: string
}

export type FulfilOrderPartInput = PackOrderPartInput & Waybill

/**
 * The fulfilment of just the enterprise's items (or the ones named), from its own base (stock
 * location) under its parcel's shipping method, with reservations and stock adjusted by Medusa's
 * createOrderFulfillmentWorkflow. Composition shared by packing and one-step shipping.
 */
function packPart(input: PackOrderPartInput, metadata: Record<string, unknown>) {
  const plan = planPartFulfilmentStep({ order_id: input.order_id, enterprise_id: input.enterprise_id, items: input.items })
  const fulfilmentInput = transform({ input, plan, metadata }, ({ input, plan, metadata }) => ({
    order_id: input.order_id,
    items: plan.items,
    location_id: plan.location_id,
    shipping_option_id: plan.shipping_option_id,
    created_by: input.created_by,
    metadata,
  }))
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfilmentInput })
  return { plan, fulfillment }
}

/**
 * An enterprise packs its part: the fulfilment exists without a waybill (Medusa: fulfilled, not
 * shipped), so it can still be cancelled (cancel-packed-part.ts) or shipped (ship-packed-part.ts).
 * No money moves yet. The order is locked meanwhile, so two requests cannot pack the same units.
 */
export const packOrderPartWorkflow = createWorkflow("enterprise-pack-order-part", (input: PackOrderPartInput) => {
  const lockKey = transform({ input }, ({ input }) => orderPartLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const metadata = transform({ input }, ({ input }) => ({ enterprise_id: input.enterprise_id }))
  const { fulfillment } = packPart(input, metadata)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(fulfillment)
})

/**
 * "Ship now": pack and ship in one move, with the carrier and waybill number (see ship-part.ts for
 * the shipment and the capture). A failed capture rolls the shipment and the fulfilment back.
 */
export const fulfilOrderPartWorkflow = createWorkflow("enterprise-fulfil-order-part", (input: FulfilOrderPartInput) => {
  const lockKey = transform({ input }, ({ input }) => orderPartLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const metadata = transform({ input }, ({ input }) => waybillMetadata(input.enterprise_id, input))
  const { plan, fulfillment } = packPart(input, metadata)
  const items = transform({ plan }, ({ plan }) => plan.items)
  const fulfillmentId = transform({ fulfillment }, ({ fulfillment }) => fulfillment.id)
  shipAndCapture(input, fulfillmentId, items)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(fulfillment)
})
