import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refundProblem, requestRefundFen, type AfterSalesKind, type AfterSalesStatus, type AskedItem, type EarlierRequest } from "@seleno/domain"
import { afterSalesRefusal, loadAfterSalesPart } from "../../../lib/after-sales-part"
import { toFen } from "../../../lib/settlement-money"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"

export interface PlanDecisionInput {
  id: string
  enterprise_id: string
  /** The status the request must be in for this decision. */
  status: AfterSalesStatus
  /** Whether money will move: then the payment must be able to pay the refund back. */
  refund: boolean
}

export interface DecisionPlan {
  id: string
  order_id: string
  kind: AfterSalesKind
  return_id: string | null
  items: { id: string; quantity: number }[]
  refund_fen: number
  /** The payment the refund comes from, and the amount in CNY (Medusa's major units). */
  payment_id: string | null
  amount: number
  /** Where the goods went out from, so Medusa books them back there. */
  location_id: string | null
}

type Payment = { id: string; captures?: { amount: unknown }[]; refunds?: { amount: unknown }[] }
const sumFen = (rows: { amount: unknown }[] | undefined) => (rows ?? []).reduce((sum, r) => sum + toFen(r.amount as number), 0)

/**
 * Decides, before anything changes, whether the enterprise may take this decision: the request is
 * its own (else 404), in the right status, and (when money moves) the refund, computed now with
 * refundFenForUnits against what was refunded before, fits in a captured payment.
 */
export const planDecisionStep = createStep("plan-after-sales-decision", async (input: PlanDecisionInput, { container }) => {
  const service = container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
  const [request] = await service.listAfterSalesRequests({ id: input.id, enterprise_id: input.enterprise_id })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `After-sales request with id ${input.id} was not found`)
  if (request.status !== input.status) throw afterSalesRefusal(input.status === "requested" ? "status_not_requested" : "status_not_approved")
  const items = request.items as unknown as AskedItem[]
  const plan: DecisionPlan = {
    id: request.id,
    order_id: request.order_id,
    kind: request.kind,
    return_id: request.return_id ?? null,
    items: items.map((i) => ({ id: i.item_id, quantity: i.quantity })),
    refund_fen: request.refund_fen,
    payment_id: null,
    amount: 0,
    location_id: null,
  }
  if (!input.refund) return new StepResponse(plan)

  const facts = await loadAfterSalesPart(container, request.order_id, input.enterprise_id)
  if (!facts) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${request.order_id} was not found`)
  const earlier = await service.listAfterSalesRequests({ order_id: request.order_id, enterprise_id: input.enterprise_id }, { order: { created_at: "ASC" } })
  const views: EarlierRequest[] = earlier.map((r) => ({ status: r.status, items: r.items as unknown as EarlierRequest["items"] }))
  // Only refunded units count as returned before; this request itself is not refunded yet.
  plan.refund_fen = requestRefundFen(items, facts.lines, views)

  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount", "fulfillments.location_id", "fulfillments.items.line_item_id"],
    filters: { id: request.order_id },
  })
  const order = data[0] as { payment_collections?: { payments?: Payment[] }[]; fulfillments?: { location_id: string; items?: { line_item_id: string }[] }[] }
  const payments = (order.payment_collections ?? []).flatMap((c) => c.payments ?? [])
  const captured = payments.map((p) => ({ id: p.id, captured: sumFen(p.captures), refunded: sumFen(p.refunds) }))
  // The payment with the most left to refund; one order is one payment today.
  const best = captured.sort((a, b) => b.captured - b.refunded - (a.captured - a.refunded))[0]
  const problem = refundProblem(plan.refund_fen, best?.captured ?? 0, best?.refunded ?? 0)
  if (problem) throw afterSalesRefusal(problem)
  plan.payment_id = best!.id
  plan.amount = plan.refund_fen / 100
  const itemIds = new Set(plan.items.map((i) => i.id))
  plan.location_id = (order.fulfillments ?? []).find((f) => (f.items ?? []).some((i) => itemIds.has(i.line_item_id)))?.location_id ?? null
  return new StepResponse(plan)
})
