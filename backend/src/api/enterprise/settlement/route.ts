import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendSettlementCsv } from "../../../lib/settlement-csv"
import { toPeriod, type SettlementPeriodQueryType } from "../../../lib/settlement-period"
import { closedStatements, enterpriseStatement } from "../../../lib/settlement-statement"
import { enterpriseOf } from "../context"

/**
 * GET /enterprise/settlement?from&to[&format=csv] — the caller's own statement for a period (open
 * or frozen) with its order lines, and its closed statements with their payout status.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, SettlementPeriodQueryType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const query = req.validatedQuery as SettlementPeriodQueryType
  const statement = (await enterpriseStatement(req.scope, enterpriseId, toPeriod(query)))!
  if (query.format === "csv") return sendSettlementCsv(res, [statement], query, "seleno-settlement")
  res.json({ statement, statements: await closedStatements(req.scope, enterpriseId) })
}
