import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toAfterSalesView } from "../../../../../../../lib/after-sales-view"
import { withdrawAfterSalesRequestWorkflow } from "../../../../../../../workflows/after-sales/withdraw-after-sales-request"

/** POST /store/orders/:id/after-sales/:request_id/withdraw — the signed-in owner withdraws a request still waiting for the enterprise. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await withdrawAfterSalesRequestWorkflow(req.scope).run({
    input: { id: req.params.request_id!, order_id: req.params.id!, customer_id: req.auth_context.actor_id },
  })
  res.json({ after_sales_request: toAfterSalesView(result) })
}
