import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadStoreCampaigns } from "../../../../lib/marketing/campaign-store"

/** GET /store/campaigns/:handle — the landing page, also once ended (phase "ended", no codes). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const [campaign] = await loadStoreCampaigns(req.scope, { handle: req.params.handle }, { listed: false })
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No campaign ${req.params.handle}`)
  res.json({ campaign })
}
