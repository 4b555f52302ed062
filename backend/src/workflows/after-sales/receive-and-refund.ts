import {
  beginReceiveReturnWorkflow,
  confirmReturnReceiveWorkflow,
  dismissItemReturnRequestWorkflow,
  receiveItemReturnRequestWorkflow,
  refundPaymentsWorkflow,
} from "@medusajs/medusa/core-flows"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { updateAfterSalesRequestStep } from "./steps/update-request"
import type { DecisionPlan } from "./steps/plan-decision"

/**
 * Composition helper (called while a workflow is being defined): receives the return with Medusa's
 * own workflows and refunds the computed amount through the payment provider. Returned goods
 * ("receive") go back into stock; a quality claim's items ("dismiss") are booked as damaged, never
 * restocked. The mode is chosen when composing, not with `when`: Medusa's `when` cannot nest, and
 * approval already runs this inside one.
 */
export function receiveAndRefund(plan: WorkflowData<DecisionPlan>, returnId: WorkflowData<string>, actor: WorkflowData<string>, mode: "receive" | "dismiss") {
  const base = transform({ returnId, actor }, ({ returnId, actor }) => ({ return_id: returnId, created_by: actor }))
  beginReceiveReturnWorkflow.runAsStep({ input: base })
  const items = transform({ plan, returnId }, ({ plan, returnId }) => ({ return_id: returnId, items: plan.items }))
  if (mode === "receive") receiveItemReturnRequestWorkflow.runAsStep({ input: items })
  else dismissItemReturnRequestWorkflow.runAsStep({ input: items })
  confirmReturnReceiveWorkflow.runAsStep({ input: transform({ returnId, actor }, ({ returnId, actor }) => ({ return_id: returnId, confirmed_by: actor })) })
  const refunds = refundPaymentsWorkflow.runAsStep({
    input: transform({ plan, actor }, ({ plan, actor }) => [
      { payment_id: plan.payment_id!, amount: plan.amount, created_by: actor, note: `售后 ${plan.id}`, metadata: { after_sales_request_id: plan.id } },
    ]),
  })
  return updateAfterSalesRequestStep(
    transform({ plan, refunds }, ({ plan, refunds }) => ({
      id: plan.id,
      status: "refunded",
      refund_fen: plan.refund_fen,
      refunded_at: new Date(),
      refund_ids: (refunds ?? []).flatMap((p) => (p.refunds ?? []).map((r) => r.id)),
    }))
  ).config({ name: "mark-after-sales-refunded" })
}
