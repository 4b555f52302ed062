import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadMonitoringReport, monitoringCsv } from "../report"
import type { AdminMonitoringQueryType } from "../validators"

/** GET /admin/monitoring/export?from=&to=&region= → the same report as CSV, one row per county. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminMonitoringQueryType>, res: MedusaResponse) => {
  const query = req.validatedQuery as AdminMonitoringQueryType
  const report = await loadMonitoringReport(req.scope, query)
  const name = `market-monitoring-${report.region ?? "all"}-${report.from}-${report.to}.csv`
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.status(200).send(monitoringCsv(report))
}
