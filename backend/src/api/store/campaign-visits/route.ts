import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCampaignVisitWorkflow } from "../../../workflows/marketing/attribution-record-visit"
import type { StoreRecordCampaignVisitType } from "./validators"

/**
 * The storefront reports an arrival through a campaign link → 201 { visit: { id, campaign_handle } }.
 * Unknown campaign 404; a campaign that has not started or has ended 400 not_allowed.
 */
export const POST = async (req: MedusaRequest<StoreRecordCampaignVisitType>, res: MedusaResponse) => {
  const { result } = await recordCampaignVisitWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ visit: result })
}
