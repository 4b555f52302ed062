import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { enterpriseDashboard } from "../../../lib/enterprise-dashboard"
import { enterpriseOf } from "../context"
import type { EnterpriseDashboardQueryType } from "./validators"

/** GET /enterprise/dashboard?days=30 — sales, top products, QR scans, expiring certificates, listings in review. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, EnterpriseDashboardQueryType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const { days } = req.validatedQuery as EnterpriseDashboardQueryType
  res.json({ dashboard: await enterpriseDashboard(req.scope, enterpriseId, days) })
}
