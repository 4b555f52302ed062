import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PageRecord } from "../../../lib/marketing/campaigns"
import { MARKETING_MODULE } from "../../../modules/marketing"
import type MarketingModuleService from "../../../modules/marketing/service"

export type CampaignPageInput = Omit<PageRecord, "id" | "created_at">

/** Writes the campaign's landing page; undone by deleting it. */
export const createCampaignPageStep = createStep(
  "campaign-create-page",
  async (input: CampaignPageInput, { container }) => {
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    const page = (await marketing.createCampaignPages(input)) as unknown as PageRecord
    return new StepResponse(page, page.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<MarketingModuleService>(MARKETING_MODULE).deleteCampaignPages(id)
  }
)

export type CampaignPageChanges = Partial<
  Pick<PageRecord, "title" | "title_en" | "body" | "body_en" | "hero_image_url" | "share_image_url" | "featured_brand_ids" | "featured_county_codes" | "featured_product_ids">
> & { id: string }

/** Changes the page's content; undone by writing the previous values back. */
export const updateCampaignPageStep = createStep(
  "campaign-update-page",
  async (input: CampaignPageChanges, { container }) => {
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    const { id, ...changes } = input
    const current = (await marketing.retrieveCampaignPage(id)) as unknown as Record<string, unknown>
    const before = { id, ...Object.fromEntries(Object.keys(changes).map((key) => [key, current[key]])) } as CampaignPageChanges
    if (Object.keys(changes).length) await marketing.updateCampaignPages(input)
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (before && Object.keys(before).length > 1) await container.resolve<MarketingModuleService>(MARKETING_MODULE).updateCampaignPages(before)
  }
)
