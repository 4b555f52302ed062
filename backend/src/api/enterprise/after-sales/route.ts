import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toAfterSalesView } from "../../../lib/after-sales-view"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import type AfterSalesModuleService from "../../../modules/after-sales/service"
import { enterpriseOf } from "../context"
import type { EnterpriseListAfterSalesType } from "./validators"

/** GET /enterprise/after-sales — 售后 requests on the caller's own parts only, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, EnterpriseListAfterSalesType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const { status, limit, offset } = req.validatedQuery as EnterpriseListAfterSalesType
  const [rows, count] = await req.scope
    .resolve<AfterSalesModuleService>(AFTER_SALES_MODULE)
    .listAndCountAfterSalesRequests({ enterprise_id: enterpriseId, ...(status ? { status } : {}) }, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ after_sales_requests: rows.map(toAfterSalesView), count, limit, offset })
}
