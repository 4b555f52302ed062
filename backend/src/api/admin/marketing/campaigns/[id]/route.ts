import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadAdminCampaign } from "../../../../../lib/marketing/campaign-records"
import { updateMarketingCampaignWorkflow } from "../../../../../workflows/marketing/update-marketing-campaign"
import { sendConflict } from "../conflict"
import type { AdminUpdateCampaignType } from "../validators"

async function found(req: MedusaRequest) {
  const campaign = await loadAdminCampaign(req.scope, req.params.id as string)
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Campaign ${req.params.id} was not found`)
  return campaign
}

/** GET /admin/marketing/campaigns/:id (the campaign page id). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ campaign: await found(req) })
}

/** POST /admin/marketing/campaigns/:id — content, dates (end early = ends_at now), budget limit, featured lists. */
export const POST = async (req: MedusaRequest<AdminUpdateCampaignType>, res: MedusaResponse) => {
  try {
    await updateMarketingCampaignWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id as string } })
  } catch (error) {
    if (sendConflict(error, res)) return
    throw error
  }
  res.json({ campaign: await found(req) })
}
