import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toAfterSalesView } from "../../../../../lib/after-sales-view"
import { refuseAfterSalesRequestWorkflow } from "../../../../../workflows/after-sales/refuse-after-sales-request"
import { enterpriseOf } from "../../../context"
import type { EnterpriseRefuseAfterSalesType } from "../../validators"

/** POST /enterprise/after-sales/:id/refuse — refuse with a reason the shopper sees. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseRefuseAfterSalesType>, res: MedusaResponse) => {
  const { enterpriseId, accountId } = enterpriseOf(req)
  const { result } = await refuseAfterSalesRequestWorkflow(req.scope).run({
    input: { id: req.params.id!, enterprise_id: enterpriseId, account_id: accountId, reason: req.validatedBody.reason },
  })
  res.json({ after_sales_request: toAfterSalesView(result) })
}
