import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { exportedParts, orderExportCsv } from "../../../../lib/enterprise-order-export"
import { sendCsv } from "../../../../lib/settlement-csv"
import { toPeriod } from "../../../../lib/settlement-period"
import { enterpriseOf } from "../../context"
import type { EnterpriseOrderExportType } from "../validators"

/**
 * GET /enterprise/orders/export?from=YYYY-MM-DD&to=YYYY-MM-DD[&status=…] — the caller's order parts
 * placed in the period (China days) as CSV (UTF-8 with BOM): its own lines only, amounts as the
 * order page shows them, the buyer by region only.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, EnterpriseOrderExportType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const query = req.validatedQuery as EnterpriseOrderExportType
  const parts = await exportedParts(req.scope, enterpriseId, toPeriod(query), query.status)
  sendCsv(res, `seleno-orders-${query.from}-${query.to}${query.status ? `-${query.status}` : ""}.csv`, orderExportCsv(parts))
}
