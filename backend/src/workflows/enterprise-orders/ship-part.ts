import { capturePaymentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { findCarrier } from "@seleno/domain"
import { planPartCaptureStep } from "./steps/plan-part-capture"
import { recordPartCaptureStep } from "./steps/record-part-capture"

export interface Waybill {
  /** A code from @seleno/domain's CARRIERS, its number already checked by the route (trackingNumberProblem). */
  carrier: string
  tracking_number: string
}

/** The fulfilment's label for a waybill. The label has no carrier field: it is kept in the metadata. */
export function waybillLabel(waybill: Waybill) {
  return {
    tracking_number: waybill.tracking_number,
    tracking_url: findCarrier(waybill.carrier)?.trackingUrl ?? "",
    // No printed label: the enterprise writes the waybill with the carrier's own system.
    label_url: "",
  }
}

/** What the fulfilment's metadata says about its enterprise and waybill (read by the part views). */
export function waybillMetadata(enterpriseId: string, waybill: Waybill) {
  return { enterprise_id: enterpriseId, carrier: waybill.carrier, tracking_number: waybill.tracking_number }
}

export interface ShipPartInput extends Waybill {
  order_id: string
  enterprise_id: string
  created_by: string
}

/**
 * The composition both ways of shipping share (call it inside a workflow, under the order's lock):
 * a packed fulfilment is handed to the carrier with Medusa's createOrderShipmentWorkflow, and the
 * enterprise has earned its part: the part's amount (these units + its parcel's shipping) is
 * captured from the order's payment with capturePaymentWorkflow and recorded in the settlement
 * ledger. A failed capture rolls the shipment back. Payments captured at authorization (Alipay,
 * WeChat Pay) are not captured again; the ledger still records the part as captured.
 */
export function shipAndCapture(
  input: ShipPartInput,
  fulfillmentId: WorkflowData<string>,
  items: WorkflowData<{ id: string; quantity: number }[]>
) {
  const capturePlan = planPartCaptureStep(
    transform({ input, items }, ({ input, items }) => ({ order_id: input.order_id, enterprise_id: input.enterprise_id, items }))
  )
  const shipmentInput = transform({ input, items, fulfillmentId }, ({ input, items, fulfillmentId }) => ({
    order_id: input.order_id,
    fulfillment_id: fulfillmentId,
    items,
    labels: [waybillLabel(input)],
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
  recordPartCaptureStep(
    transform({ input, capturePlan, fulfillmentId }, ({ input, capturePlan, fulfillmentId }) => ({
      order_id: input.order_id,
      enterprise_id: input.enterprise_id,
      fulfillment_id: fulfillmentId,
      plan: capturePlan,
    }))
  )
}
