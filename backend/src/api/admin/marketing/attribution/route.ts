import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadAttributionReport } from "../../../../lib/marketing/attribution-report-load"
import type { AdminAttributionQueryType } from "./validators"

/** GET /admin/marketing/attribution?campaign_id=&from=&to= → per campaign totals and one row per China day. */
export const GET = async (req: MedusaRequest<unknown, AdminAttributionQueryType>, res: MedusaResponse) => {
  res.json(await loadAttributionReport(req.scope, req.validatedQuery as AdminAttributionQueryType))
}
