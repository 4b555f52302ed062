import {
  acquireLockStep,
  capturePaymentWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findCarrier } from "@seleno/domain"
import { planPartCaptureStep } from "./steps/plan-part-capture"
import { planPartFulfilmentStep, type PlanPartFulfilmentInput } from "./steps/plan-part-fulfilment"
import { recordPartCaptureStep } from "./steps/record-part-capture"
import { orderPartLockKey } from "../../lib/order-part-lock"

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
 *
 * Shipping is when the enterprise has earned its part: the part's amount (shipped items + its
 * parcel's shipping) is captured from the order's payment with Medusa's capturePaymentWorkflow and
 * recorded in the settlement ledger. A failed capture (declined, already captured elsewhere) rolls
 * the fulfilment and shipment back. Payments captured at authorization (Alipay, WeChat Pay) are not
 * captured again; the ledger still records the part as captured when it ships.
 */
export const fulfilOrderPartWorkflow = createWorkflow("enterprise-fulfil-order-part", (input: FulfilOrderPartInput) => {
  const lockKey = transform({ input }, ({ input }) => orderPartLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const plan = planPartFulfilmentStep({ order_id: input.order_id, enterprise_id: input.enterprise_id, items: input.items })
  const items = transform({ plan }, ({ plan }) => plan.items)
  const capturePlan = planPartCaptureStep({ order_id: input.order_id, enterprise_id: input.enterprise_id, items })

  const label = transform({ input }, ({ input }) => ({
    tracking_number: input.tracking_number,
    tracking_url: findCarrier(input.carrier)?.trackingUrl ?? "",
    // No printed label: the enterprise writes the waybill with the carrier's own system.
    label_url: "",
  }))
  const fulfilmentInput = transform({ input, plan }, ({ input, plan }) => ({
    order_id: input.order_id,
    items: plan.items,
    // From the enterprise's own base, under its parcel's shipping method (plan-part-fulfilment).
    location_id: plan.location_id,
    shipping_option_id: plan.shipping_option_id,
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

  when({ capturePlan }, ({ capturePlan }) => capturePlan.capture && !!capturePlan.payment_id).then(() => {
    const captureInput = transform({ input, capturePlan }, ({ input, capturePlan }) => ({
      payment_id: capturePlan.payment_id!,
      amount: capturePlan.amount,
      captured_by: input.created_by,
    }))
    capturePaymentWorkflow.runAsStep({ input: captureInput })
  })
  const recordInput = transform({ input, capturePlan, fulfillment }, ({ input, capturePlan, fulfillment }) => ({
    order_id: input.order_id,
    enterprise_id: input.enterprise_id,
    fulfillment_id: fulfillment.id,
    plan: capturePlan,
  }))
  recordPartCaptureStep(recordInput)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(fulfillment)
})
