import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { utmValue } from "../../lib/marketing/attribution"
import { attributionCreateVisitStep, attributionFindRunningCampaignStep } from "./steps/attribution-visit"

export interface RecordCampaignVisitInput {
  visitor_id: string
  utm_campaign: string
  utm_source?: string | null
  utm_medium?: string | null
  utm_content?: string | null
  landing_path?: string | null
}

/** Records one arrival through a running campaign's link (POST /store/campaign-visits). */
export const recordCampaignVisitWorkflow = createWorkflow("record-campaign-visit", (input: RecordCampaignVisitInput) => {
  const page = attributionFindRunningCampaignStep(transform({ input }, ({ input }) => ({ handle: input.utm_campaign })))
  const visit = attributionCreateVisitStep(
    transform({ input, page }, ({ input, page }) => ({
      visitor_id: input.visitor_id,
      campaign_page_id: page.id,
      utm_source: utmValue(input.utm_source),
      utm_medium: utmValue(input.utm_medium),
      utm_content: utmValue(input.utm_content),
      landing_path: utmValue(input.landing_path, 500),
    }))
  )
  return new WorkflowResponse(transform({ visit, page }, ({ visit, page }) => ({ id: visit.id, campaign_handle: page.handle })))
})
