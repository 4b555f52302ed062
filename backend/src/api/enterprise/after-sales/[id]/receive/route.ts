import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toAfterSalesView } from "../../../../../lib/after-sales-view"
import { receiveAfterSalesReturnWorkflow } from "../../../../../workflows/after-sales/receive-after-sales-return"
import { enterpriseOf } from "../../../context"

/** POST /enterprise/after-sales/:id/receive — the returned goods are back: Medusa receives the return, the refund is paid. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId, accountId } = enterpriseOf(req)
  const { result } = await receiveAfterSalesReturnWorkflow(req.scope).run({ input: { id: req.params.id!, enterprise_id: enterpriseId, account_id: accountId } })
  res.json({ after_sales_request: toAfterSalesView(result) })
}
