import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadStoreCampaigns } from "../../../lib/marketing/campaign-store"

/** GET /store/campaigns — running and upcoming campaigns, running first, by start date. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ campaigns: await loadStoreCampaigns(req.scope, {}, { listed: true }) })
}
