import { Modules } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCampaignsStep, createPromotionsStep, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { CreateCampaignDTO, CreatePromotionDTO } from "@medusajs/framework/types"
import type { CreateMarketingCampaignInput } from "../../lib/marketing/campaigns"
import { MARKETING_MODULE } from "../../modules/marketing"
import { createCampaignPageStep } from "./steps/campaign-page"
import { validateCampaignStep } from "./steps/campaign-validate"

/**
 * A marketing campaign: Medusa's promotion campaign (dates, budget) with its promotions (codes,
 * discounts, usage limits), then our landing page linked to it. Everything is checked first; every
 * write is a step that undoes itself, so a failure at any point leaves nothing behind.
 * Returns the campaign page (its id is the campaign's id in our API).
 */
export const createMarketingCampaignWorkflow = createWorkflow("create-marketing-campaign", (input: CreateMarketingCampaignInput) => {
  const plan = validateCampaignStep(input)

  const campaignsInput = transform({ plan }, ({ plan }) => [plan.campaign as CreateCampaignDTO])
  const campaigns = createCampaignsStep(campaignsInput)

  const promotionsInput = transform({ plan, campaigns }, ({ plan, campaigns }) =>
    plan.promotions.map((draft) => ({ ...draft, campaign_id: campaigns[0]!.id }) as unknown as CreatePromotionDTO)
  )
  const promotions = createPromotionsStep(promotionsInput)

  const pageInput = transform({ plan, campaigns }, ({ plan, campaigns }) => ({ ...plan.page, campaign_id: campaigns[0]!.id }))
  const page = createCampaignPageStep(pageInput)

  const links = transform({ page }, ({ page }) => [
    { [MARKETING_MODULE]: { campaign_page_id: page.id }, [Modules.PROMOTION]: { campaign_id: page.campaign_id } },
  ])
  createRemoteLinkStep(links)

  // For extensions (and tests) that act on a new campaign; a failure here undoes the whole campaign.
  const campaignCreated = createHook("campaignCreated", { page, promotions })

  return new WorkflowResponse(page, { hooks: [campaignCreated] })
})
