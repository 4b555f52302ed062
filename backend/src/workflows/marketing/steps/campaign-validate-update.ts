import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { countiesProblem, datesProblemOf, invalid, type PageRecord, type UpdateMarketingCampaignInput } from "../../../lib/marketing/campaigns"
import { medusaCampaignsById } from "../../../lib/marketing/campaign-records"
import { MARKETING_MODULE } from "../../../modules/marketing"
import type MarketingModuleService from "../../../modules/marketing/service"
import type { CampaignPageChanges } from "./campaign-page"
import { assertFeaturedKnown, assertNoExclusiveOverlap } from "./campaign-validate"
import { assertConsent } from "../../../lib/funding/consent"
import { assertFeaturedReached, storedDrafts } from "../../../lib/funding/featured"

export interface CampaignUpdatePlan {
  campaign: { id: string; name?: string; starts_at?: Date; ends_at?: Date; budget?: { limit: number } } | null
  page: CampaignPageChanges
}

const PAGE_FIELDS = ["name_en", "body", "body_en", "hero_image_url", "share_image_url", "featured_brand_ids", "featured_county_codes", "featured_product_ids"] as const

/**
 * Checks a change to a campaign against its current state (dates still in order, a budget to
 * change, featured ids that exist, no exclusive overlap at the new dates) and splits it into what
 * Medusa's campaign and what our page hold. Only reads.
 */
export const validateCampaignUpdateStep = createStep("campaign-validate-update", async (input: UpdateMarketingCampaignInput, { container }) => {
  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  const [page] = (await marketing.listCampaignPages({ id: input.id }, { take: 1 })) as unknown as PageRecord[]
  if (!page) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Campaign ${input.id} was not found`)
  const current = (await medusaCampaignsById(container, [page.campaign_id])).get(page.campaign_id)
  if (!current) throw invalid(`id: campaign ${input.id} has lost its Medusa campaign`)

  const startsAt = input.starts_at ?? (current.starts_at ? new Date(current.starts_at).toISOString() : undefined)
  const endsAt = input.ends_at ?? (current.ends_at ? new Date(current.ends_at).toISOString() : undefined)
  const problem = datesProblemOf(startsAt, endsAt) ?? countiesProblem(input.featured_county_codes)
  if (problem) throw invalid(problem)
  if (input.budget) {
    if (!current.budget) throw invalid("budget.limit: this campaign has no budget to change")
    if (!(input.budget.limit > 0)) throw invalid("budget.limit: the budget must be above zero")
  }
  await assertFeaturedKnown(container, input)
  // Who pays is fixed when the campaign is made: its codes' rules and orders already placed follow it.
  if (input.funding_source !== undefined && input.funding_source !== (page.funding_source ?? "platform")) {
    throw invalid(`funding_source: this campaign is ${page.funding_source}-funded and stays so; end it and create a new campaign to change who pays`)
  }
  if (input.featured_product_ids) {
    if (page.funding_source === "enterprise") await assertConsent(container, input.featured_product_ids.map((id) => ({ field: "featured_product_ids", id })))
    await assertFeaturedReached(container, input.featured_product_ids, await storedDrafts(container, page.campaign_id))
  }
  if (page.exclusive && (input.starts_at || input.ends_at)) {
    await assertNoExclusiveOverlap(container, { starts_at: startsAt ?? new Date(0), ends_at: endsAt ?? new Date(8.64e15) }, page.id)
  }

  const campaign: NonNullable<CampaignUpdatePlan["campaign"]> = { id: page.campaign_id }
  if (input.name !== undefined) campaign.name = input.name
  if (input.starts_at !== undefined) campaign.starts_at = new Date(input.starts_at)
  if (input.ends_at !== undefined) campaign.ends_at = new Date(input.ends_at)
  if (input.budget) campaign.budget = { limit: input.budget.limit }

  const pageChanges: CampaignPageChanges = { id: page.id }
  if (input.name !== undefined) pageChanges.title = input.name
  for (const field of PAGE_FIELDS) {
    if (input[field] === undefined) continue
    if (field === "name_en") pageChanges.title_en = input.name_en ?? null
    else Object.assign(pageChanges, { [field]: input[field] })
  }
  const plan: CampaignUpdatePlan = { campaign: Object.keys(campaign).length > 1 ? campaign : null, page: pageChanges }
  return new StepResponse(plan)
})
