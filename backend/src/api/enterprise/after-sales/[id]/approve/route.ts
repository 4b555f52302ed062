import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toAfterSalesView } from "../../../../../lib/after-sales-view"
import { approveAfterSalesRequestWorkflow } from "../../../../../workflows/after-sales/approve-after-sales-request"
import { enterpriseOf } from "../../../context"

/**
 * POST /enterprise/after-sales/:id/approve — approve: Medusa's return is requested; a quality
 * claim (refund only) is refunded at once through the payment provider.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId, accountId } = enterpriseOf(req)
  const { result } = await approveAfterSalesRequestWorkflow(req.scope).run({ input: { id: req.params.id!, enterprise_id: enterpriseId, account_id: accountId } })
  res.json({ after_sales_request: toAfterSalesView(result) })
}
