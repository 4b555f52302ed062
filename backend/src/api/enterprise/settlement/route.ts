import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlementReport } from "../../../lib/settlement"
import { sendSettlementCsv } from "../../../lib/settlement-csv"
import { toPeriod, type SettlementPeriodQueryType } from "../../../lib/settlement-period"
import { enterpriseOf } from "../context"

/** GET /enterprise/settlement?from&to[&format=csv] — the caller's own settlement for a period. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, SettlementPeriodQueryType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const query = req.validatedQuery as SettlementPeriodQueryType
  const report = await settlementReport(req.scope, toPeriod(query), enterpriseId)
  if (query.format === "csv") return sendSettlementCsv(res, report, "seleno-settlement")
  const [own] = report.enterprises
  res.json({ settlement: { ...report, enterprise: own } })
}
