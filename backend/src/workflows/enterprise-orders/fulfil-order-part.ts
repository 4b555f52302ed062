import { acquireLockStep, createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findCarrier } from "@seleno/domain"
import { planPartFulfilmentStep, type PlanPartFulfilmentInput } from "./steps/plan-part-fulfilment"

export interface FulfilOrderPartInput extends PlanPartFulfilmentInput {
  /** A code from @seleno/domain's CARRIERS (sf, ems, jd …), already validated by the route. */
  carrier: string
  tracking_number: string
  /** The enterprise account that ships, kept as the fulfilment's created_by. */
  created_by: string
}

/**
 * An enterprise packs and ships its part of an order with Medusa's own order workflows: a
 * fulfilment of just those items (from the stock location of the order's shipping option, with
 * reservations and stock adjusted by Medusa), then the shipment with the carrier's tracking label.
 * The order is locked meanwhile, so two requests cannot both fulfil the same units.
 */
export const fulfilOrderPartWorkflow = createWorkflow("enterprise-fulfil-order-part", (input: FulfilOrderPartInput) => {
  const lockKey = transform({ input }, ({ input }) => `enterprise-order-part:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const items = planPartFulfilmentStep({ order_id: input.order_id, enterprise_id: input.enterprise_id, items: input.items })

  const label = transform({ input }, ({ input }) => ({
    tracking_number: input.tracking_number,
    tracking_url: findCarrier(input.carrier)?.trackingUrl ?? "",
    // No printed label: the enterprise writes the waybill with the carrier's own system.
    label_url: "",
  }))
  const fulfilmentInput = transform({ input, items }, ({ input, items }) => ({
    order_id: input.order_id,
    items,
    created_by: input.created_by,
    // Which enterprise shipped it and with whom: the label has no field for the carrier.
    metadata: { enterprise_id: input.enterprise_id, carrier: input.carrier, tracking_number: input.tracking_number },
  }))
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfilmentInput })

  const shipmentInput = transform({ input, items, fulfillment, label }, ({ input, items, fulfillment, label }) => ({
    order_id: input.order_id,
    fulfillment_id: fulfillment.id,
    items,
    labels: [label],
    created_by: input.created_by,
  }))
  createOrderShipmentWorkflow.runAsStep({ input: shipmentInput })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(fulfillment)
})
