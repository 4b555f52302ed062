import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { MARKETING_MODULE } from "../../modules/marketing"
import type MarketingModuleService from "../../modules/marketing/service"
import { type AdminCampaign, type MedusaCampaignRecord, type PageRecord, toAdminCampaign } from "./campaigns"

export const CAMPAIGN_RELATIONS = ["budget", "promotions", "promotions.application_method"]

/** Medusa's campaigns (dates, budget, promotions) by id. */
export async function medusaCampaignsById(container: MedusaContainer, ids: string[]): Promise<Map<string, MedusaCampaignRecord>> {
  if (!ids.length) return new Map()
  const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
  const campaigns = (await promotions.listCampaigns({ id: ids }, { relations: CAMPAIGN_RELATIONS, take: ids.length })) as unknown as MedusaCampaignRecord[]
  return new Map(campaigns.map((c) => [c.id, c]))
}

/** Campaign pages matching `filters`, newest first, joined with their Medusa campaigns. */
export async function loadAdminCampaigns(
  container: MedusaContainer,
  filters: Record<string, unknown> = {},
  now: Date = new Date()
): Promise<AdminCampaign[]> {
  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  const pages = (await marketing.listCampaignPages(filters, { order: { created_at: "DESC" } })) as unknown as PageRecord[]
  const campaigns = await medusaCampaignsById(container, pages.map((p) => p.campaign_id))
  return pages.map((page) => toAdminCampaign(page, campaigns.get(page.campaign_id), now))
}

/** One campaign by its page id; 404 when there is none. */
export async function loadAdminCampaign(container: MedusaContainer, id: string, now: Date = new Date()): Promise<AdminCampaign | undefined> {
  const [campaign] = await loadAdminCampaigns(container, { id }, now)
  return campaign
}
