import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { platformFundedFenByItem } from "../../../lib/discount-funding"
import { LINE_CHARGED_FIELDS, lineChargedFen } from "../../../lib/order-line-charged"
import { enterpriseByShippingOption } from "../../../lib/parcels"
import { partCaptureAmounts, type PartCaptureAmounts } from "../../../lib/settlement-capture"
import { toFen } from "../../../lib/settlement-money"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export interface PlanPartCaptureInput {
  order_id: string
  enterprise_id: string
  /** The units being shipped now (the fulfilment's items). */
  items: { id: string; quantity: number }[]
}

export interface PartCapturePlan extends PartCaptureAmounts {
  payment_id: string | null
  /** Major units (CNY) to capture now; 0 when nothing is left to capture. */
  amount: number
  /** False when the payment was captured in full already (wallets capture at authorization). */
  capture: boolean
  prior_capture_ids: string[]
}

/* eslint-disable @typescript-eslint/no-explicit-any -- Query graphs are loosely typed; read once here. */
const num = (v: any): number => Number(v?.value ?? v ?? 0)

/**
 * Works out, before anything ships, what this shipment takes from the order's payment: the part's
 * shipped items and its parcel's shipping (see settlement-capture.ts), capped at what the payment
 * still holds. Read-only: nothing to compensate.
 */
export const planPartCaptureStep = createStep("plan-enterprise-part-capture", async (input: PlanPartCaptureInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    // `total` makes the order module compute line and shipping totals.
    fields: [
      "id",
      "total",
      "items.id",
      "items.quantity",
      ...LINE_CHARGED_FIELDS,
      "items.detail.shipped_quantity",
      "shipping_methods.id",
      "shipping_methods.shipping_option_id",
      "shipping_methods.total",
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.id",
      "payment_collections.payments.captures.amount",
    ],
    filters: { id: input.order_id },
  })
  const order = data[0] as any
  const itemIds = (order.items ?? []).map((i: any) => i.id as string)
  const addbacks = await platformFundedFenByItem(container, itemIds)
  const lines = (order.items ?? []).map((i: any) => ({
    id: i.id,
    quantity: num(i.quantity),
    total_fen: lineChargedFen(i),
    shipped_before: num(i.detail?.shipped_quantity),
    addback_fen: addbacks.get(i.id) ?? 0,
  }))

  const methods = (order.shipping_methods ?? []) as any[]
  const owners = await enterpriseByShippingOption(container, methods.map((m) => m.shipping_option_id))
  const ownShippingFen = methods.filter((m) => owners.get(m.shipping_option_id) === input.enterprise_id).reduce((s, m) => s + toFen(m.total ?? 0), 0)
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const earlier = await settlement.listSettlementEntries({ order_id: input.order_id, enterprise_id: input.enterprise_id, kind: "capture" }, { take: 1 })
  const amounts = partCaptureAmounts(lines, input.items, ownShippingFen, earlier.length > 0)

  const payments = (order.payment_collections ?? []).flatMap((c: any) => c.payments ?? []).filter((p: any) => !p.canceled_at)
  const payment = payments[0]
  const plan: PartCapturePlan = { ...amounts, payment_id: payment?.id ?? null, amount: 0, capture: false, prior_capture_ids: [] }
  if (!payment) return new StepResponse(plan)
  plan.prior_capture_ids = (payment.captures ?? []).map((c: any) => c.id)
  if (payment.captured_at) return new StepResponse(plan)
  const capturedFen = (payment.captures ?? []).reduce((s: number, c: any) => s + toFen(c.amount), 0)
  const wantFen = Math.min(amounts.items_fen + amounts.shipping_fen, toFen(payment.amount) - capturedFen)
  if (wantFen > 0) Object.assign(plan, { amount: wantFen / 100, capture: true })
  return new StepResponse(plan)
})
