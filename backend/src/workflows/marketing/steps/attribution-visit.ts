import { campaignPhase } from "@seleno/domain"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETING_MODULE } from "../../../modules/marketing"
import type MarketingModuleService from "../../../modules/marketing/service"

/**
 * The campaign page a visit is for: known handle (else 404) and a campaign that is running now
 * (else 400 not_allowed, naming whether it has not started or has ended): a link to a campaign that
 * is not on cannot bring anyone to it.
 */
export const attributionFindRunningCampaignStep = createStep(
  "attribution-find-running-campaign",
  async (input: { handle: string }, { container }) => {
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    const [page] = await marketing.listCampaignPages({ handle: input.handle }, { select: ["id", "handle", "campaign_id"], take: 1 })
    if (!page) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Campaign "${input.handle}" does not exist`)
    const [campaign] = await container
      .resolve(Modules.PROMOTION)
      .listCampaigns({ id: [page.campaign_id] }, { select: ["id", "starts_at", "ends_at"], take: 1 })
    const phase = campaignPhase(campaign ?? {}, new Date())
    if (!campaign || phase !== "running") {
      const why = !campaign ? "has been removed" : phase === "upcoming" ? "has not started yet" : "has ended"
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Campaign "${input.handle}" ${why}; visits are recorded only while it runs`)
    }
    return new StepResponse({ id: page.id, handle: page.handle })
  }
)

export interface VisitRowInput {
  visitor_id: string
  campaign_page_id: string
  utm_source: string | null
  utm_medium: string | null
  utm_content: string | null
  landing_path: string | null
}

/** Reloading a campaign link (the URL keeps its utm_campaign) is the same visit for this long. */
export const REPEAT_VISIT_MS = 30 * 60 * 1000

/**
 * Writes the campaign_visit row, visited now; the same visitor arriving at the same campaign again
 * within 30 minutes gets the visit already recorded, so reloads do not inflate visits. Undone by
 * deleting a row it wrote.
 */
export const attributionCreateVisitStep = createStep(
  "attribution-create-visit",
  async (input: VisitRowInput, { container }) => {
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    // Dates are made here: workflow data between steps is serialised, a Date would arrive as text.
    const now = new Date()
    const [recent] = await marketing.listCampaignVisits(
      { visitor_id: input.visitor_id, campaign_page_id: input.campaign_page_id, visited_at: { $gte: new Date(now.getTime() - REPEAT_VISIT_MS) } },
      { select: ["id"], take: 1 }
    )
    if (recent) return new StepResponse({ id: recent.id }, null as string | null)
    const created = await marketing.createCampaignVisits({ ...input, visited_at: now })
    return new StepResponse({ id: created.id }, created.id as string | null)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<MarketingModuleService>(MARKETING_MODULE).deleteCampaignVisits(id)
  }
)
