import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { campaignOffers } from "../../../lib/marketing/campaign-offers"
import type { StoreCampaignOffersQueryType } from "../campaigns/validators"

/** GET /store/campaign-offers?product_ids= — what each variant sells at through running automatic campaign discounts. */
export const GET = async (req: MedusaRequest<unknown, StoreCampaignOffersQueryType>, res: MedusaResponse) => {
  const { product_ids } = req.validatedQuery as StoreCampaignOffersQueryType
  res.json({ offers: await campaignOffers(req.scope, product_ids) })
}
