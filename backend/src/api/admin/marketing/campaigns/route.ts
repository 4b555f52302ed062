import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadAdminCampaign, loadAdminCampaigns } from "../../../../lib/marketing/campaign-records"
import type { CreateMarketingCampaignInput } from "../../../../lib/marketing/campaigns"
import { createMarketingCampaignWorkflow } from "../../../../workflows/marketing/create-marketing-campaign"
import type { AdminCreateCampaignType } from "./validators"
import { sendConflict } from "./conflict"

/** GET /admin/marketing/campaigns — every campaign, newest first, with phase and budget used. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ campaigns: await loadAdminCampaigns(req.scope) })
}

/** POST /admin/marketing/campaigns — a Medusa campaign with its promotions and landing page. */
export const POST = async (req: MedusaRequest<AdminCreateCampaignType>, res: MedusaResponse) => {
  try {
    const { result } = await createMarketingCampaignWorkflow(req.scope).run({ input: req.validatedBody as CreateMarketingCampaignInput })
    res.status(201).json({ campaign: await loadAdminCampaign(req.scope, result.id) })
  } catch (error) {
    if (!sendConflict(error, res)) throw error
  }
}
