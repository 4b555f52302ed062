import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlementReport } from "../../../lib/settlement"
import { sendSettlementCsv } from "../../../lib/settlement-csv"
import { toPeriod, type SettlementPeriodQueryType } from "../../../lib/settlement-period"

/** GET /admin/settlements?from&to[&format=csv] — every enterprise's settlement for a period (platform staff). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, SettlementPeriodQueryType>, res: MedusaResponse) => {
  const query = req.validatedQuery as SettlementPeriodQueryType
  const report = await settlementReport(req.scope, toPeriod(query))
  if (query.format === "csv") return sendSettlementCsv(res, report, "seleno-settlements")
  res.json({ settlement: report })
}
