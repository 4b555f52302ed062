import type { UpdateCampaignDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCampaignsStep } from "@medusajs/medusa/core-flows"
import type { UpdateMarketingCampaignInput } from "../../lib/marketing/campaigns"
import { updateCampaignPageStep } from "./steps/campaign-page"
import { validateCampaignUpdateStep } from "./steps/campaign-validate-update"

/**
 * Changes a campaign: its name, dates (ending it early is an end date of now) and budget limit on
 * Medusa's campaign, its content and featured lists on our page. Each write undoes itself.
 * Returns the campaign page id.
 */
export const updateMarketingCampaignWorkflow = createWorkflow("update-marketing-campaign", (input: UpdateMarketingCampaignInput) => {
  const plan = validateCampaignUpdateStep(input)
  const campaigns = transform({ plan }, ({ plan }) => (plan.campaign ? [plan.campaign as UpdateCampaignDTO] : []))
  updateCampaignsStep(campaigns)
  const page = transform({ plan }, ({ plan }) => plan.page)
  updateCampaignPageStep(page)
  const id = transform({ input }, ({ input }) => input.id)
  return new WorkflowResponse(id)
})
