import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { attributionCsv, attributionSourceCsv } from "../../../../../lib/marketing/attribution-report"
import { loadAttributionReport } from "../../../../../lib/marketing/attribution-report-load"
import type { AdminAttributionQueryType } from "../validators"

/** The same report as CSV (UTF-8 with BOM for Excel), one row per campaign per day, or with by=source per source and medium. */
export const GET = async (req: MedusaRequest<unknown, AdminAttributionQueryType>, res: MedusaResponse) => {
  const report = await loadAttributionReport(req.scope, req.validatedQuery as AdminAttributionQueryType)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Cache-Control", "private, no-store")
  const bySource = req.validatedQuery.by === "source"
  res.setHeader("Content-Disposition", `attachment; filename="campaign-attribution${bySource ? "-sources" : ""}-${report.from}-${report.to}.csv"`)
  res.status(200).send(bySource ? attributionSourceCsv(report) : attributionCsv(report))
}
