import type { FundingSource } from "@seleno/domain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETING_MODULE } from "../../../modules/marketing"
import type MarketingModuleService from "../../../modules/marketing/service"

export interface LiveSessionRowInput {
  campaign_page_id: string
  handle: string
  title: string
  title_en: string | null
  host: string
  stream_url: string
  replay_url: string | null
  starts_at: string | Date
  ends_at: string | Date
  price_list_id: string
  featured_product_ids: string[]
  funding_source: FundingSource
}

/** Writes the live_session row; undone by deleting it. */
export const createLiveSessionRowStep = createStep(
  "create-live-session-row",
  async (input: LiveSessionRowInput, { container }) => {
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    // Workflow data between steps is serialised: dates may arrive as ISO strings.
    const created = await marketing.createLiveSessions({ ...input, starts_at: new Date(input.starts_at), ends_at: new Date(input.ends_at) })
    return new StepResponse({ id: created.id }, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<MarketingModuleService>(MARKETING_MODULE).deleteLiveSessions(id)
  }
)
