import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { toAfterSalesView } from "../../../../lib/after-sales-view"
import { AFTER_SALES_MODULE } from "../../../../modules/after-sales"
import type AfterSalesModuleService from "../../../../modules/after-sales/service"
import { enterpriseOf } from "../../context"

/** The caller's own request, or 404 (another enterprise's request does not exist for it). */
export async function ownRequest(req: AuthenticatedMedusaRequest) {
  const [row] = await req.scope
    .resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    .listAfterSalesRequests({ id: req.params.id!, enterprise_id: enterpriseOf(req).enterpriseId })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `After-sales request with id ${req.params.id} was not found`)
  return row
}

/** GET /enterprise/after-sales/:id */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ after_sales_request: toAfterSalesView(await ownRequest(req)) })
}
