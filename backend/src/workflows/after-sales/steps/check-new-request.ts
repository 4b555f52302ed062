import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { requestProblem, requestRefundFen, type AfterSalesKind, type AfterSalesReason, type AskedItem, type EarlierRequest } from "@seleno/domain"
import { afterSalesRefusal, loadAfterSalesPart } from "../../../lib/after-sales-part"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"

export interface CheckNewRequestInput {
  order_id: string
  enterprise_id: string
  customer_id: string
  kind: AfterSalesKind
  reason: AfterSalesReason
  items: AskedItem[]
}

/**
 * Decides, before anything is stored, whether the shopper may ask for this: only the order's owner
 * (anyone else: 404, never a hint that the order exists), the part delivered, the window open,
 * no perishables without a reason, no units beyond what is bought less refunded and open requests.
 * Answers the items with their titles and the refund they are worth now.
 */
export const checkNewRequestStep = createStep("check-after-sales-request", async (input: CheckNewRequestInput, { container }) => {
  const facts = await loadAfterSalesPart(container, input.order_id, input.enterprise_id)
  if (!facts || facts.customer_id !== input.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${input.order_id} was not found, or holds no part of enterprise ${input.enterprise_id}`)
  }
  const service = container.resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
  const [delivery] = await service.listPartDeliveries({ order_id: input.order_id, enterprise_id: input.enterprise_id })
  const earlier = await service.listAfterSalesRequests({ order_id: input.order_id, enterprise_id: input.enterprise_id })
  const earlierViews: EarlierRequest[] = earlier.map((r) => ({ status: r.status, items: r.items as unknown as EarlierRequest["items"] }))
  // Each line as charged (lineChargedFen): returned units do not shrink it.
  const lines = facts.lines
  const problem = requestProblem({
    kind: input.kind,
    reason: input.reason,
    items: input.items,
    lines,
    earlier: earlierViews,
    deliveredAt: delivery ? new Date(delivery.delivered_at) : null,
    at: new Date(),
  })
  if (problem) {
    // 400 throughout: Medusa answers every CONFLICT with its own code and message, which would hide ours.
    throw afterSalesRefusal(problem.code, MedusaError.Types.INVALID_DATA, problem.item_id ? { item_id: problem.item_id } : {})
  }
  const titles = new Map(facts.part.items.map((i) => [i.id, i.product_title ?? i.title]))
  const byId = new Map(lines.map((l) => [l.item_id, l]))
  return new StepResponse({
    // The line's paid total goes with each item: later requests on the line count from it.
    items: input.items.map((i) => ({ item_id: i.item_id, title: titles.get(i.item_id) ?? "", quantity: i.quantity, line_total_fen: byId.get(i.item_id)!.total_fen })),
    refund_fen: requestRefundFen(input.items, lines, earlierViews),
  })
})
