import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadMonitoringReport } from "./report"
import type { AdminMonitoringQueryType } from "./validators"

/** GET /admin/monitoring?from=&to=&region= → headline shares and one row per county (platform staff). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminMonitoringQueryType>, res: MedusaResponse) => {
  res.json({ monitoring: await loadMonitoringReport(req.scope, req.validatedQuery as AdminMonitoringQueryType) })
}
