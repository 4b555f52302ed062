import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendSettlementCsv } from "../../../lib/settlement-csv"
import { toPeriod, type SettlementPeriodQueryType } from "../../../lib/settlement-period"
import { periodStatements } from "../../../lib/settlement-statement"

/** GET /admin/settlements?from&to[&format=csv] — every enterprise's statement for a period (platform staff). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, SettlementPeriodQueryType>, res: MedusaResponse) => {
  const query = req.validatedQuery as SettlementPeriodQueryType
  const { view, statements } = await periodStatements(req.scope, toPeriod(query))
  if (query.format === "csv") return sendSettlementCsv(res, statements, query, "seleno-settlements")
  res.json({ settlement: view })
}
