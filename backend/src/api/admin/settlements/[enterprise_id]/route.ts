import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendSettlementCsv } from "../../../../lib/settlement-csv"
import { toPeriod, type SettlementPeriodQueryType } from "../../../../lib/settlement-period"
import { enterpriseStatement } from "../../../../lib/settlement-statement"

/** GET /admin/settlements/:enterprise_id?from&to[&format=csv] — one enterprise's statement with its order lines. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, SettlementPeriodQueryType>, res: MedusaResponse) => {
  const query = req.validatedQuery as SettlementPeriodQueryType
  const statement = await enterpriseStatement(req.scope, req.params.enterprise_id!, toPeriod(query))
  if (!statement) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Enterprise with id ${req.params.enterprise_id} was not found`)
  if (query.format === "csv") return sendSettlementCsv(res, [statement], query, `seleno-settlement-${statement.enterprise_handle}`)
  res.json({ statement })
}
