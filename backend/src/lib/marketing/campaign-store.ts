import type { ITranslationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { type AdminCampaign, type StoreCampaign, type StoreCampaignBrand, type StoreLiveSession, toMedusaLocale } from "@seleno/domain"
import { MARKETING_MODULE } from "../../modules/marketing"
import type MarketingModuleService from "../../modules/marketing/service"
import { type PageRecord, storeListOrder, toAdminCampaign } from "./campaigns"
import { medusaCampaignsById } from "./campaign-records"
import { loadLiveSessions } from "./live-session-query"
import { toStoreLiveSession } from "./live-session-view"

/**
 * What shoppers see of a campaign: its page and the codes they can type (never the automatic
 * ones, which need no code, and none once the campaign has ended). Budgets and usage stay internal.
 */
export function toStoreCampaign(campaign: AdminCampaign, brands: StoreCampaignBrand[], liveSessions: StoreLiveSession[]): StoreCampaign {
  const byId = new Map(brands.map((b) => [b.id, b]))
  return {
    handle: campaign.handle,
    kind: campaign.kind,
    name: campaign.name,
    name_en: campaign.name_en,
    body: campaign.body,
    body_en: campaign.body_en,
    hero_image_url: campaign.hero_image_url,
    share_image_url: campaign.share_image_url,
    starts_at: campaign.starts_at,
    ends_at: campaign.ends_at,
    phase: campaign.phase,
    featured_brands: campaign.featured_brand_ids.map((id) => byId.get(id)).filter((b): b is StoreCampaignBrand => !!b),
    featured_county_codes: campaign.featured_county_codes,
    featured_product_ids: campaign.featured_product_ids,
    codes:
      campaign.phase === "ended"
        ? []
        : campaign.promotions.filter((p) => !p.automatic).map((p) => ({ code: p.code, kind: p.kind, value: p.value, min_subtotal: p.min_subtotal })),
    live_sessions: liveSessions,
  }
}

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: Record<string, unknown>[] }> }

/** Brands from our brand module, with their English names from Medusa's Translation Module. */
async function featuredBrands(container: MedusaContainer, ids: string[]): Promise<StoreCampaignBrand[]> {
  if (!ids.length) return []
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "brand", fields: ["id", "handle", "name"], filters: { id: ids } })
  const translations = await container
    .resolve<ITranslationModuleService>(Modules.TRANSLATION)
    .listTranslations({ reference: "brand", reference_id: ids, locale_code: toMedusaLocale("en") })
  const english = new Map(translations.map((t) => [t.reference_id, (t.translations as Record<string, string> | null)?.name ?? null]))
  return data.map((b) => ({ id: b.id as string, handle: b.handle as string, name: b.name as string, name_en: english.get(b.id as string) ?? null }))
}

/** Store campaigns for the pages matching `filters`; `listed` keeps only running and upcoming ones, in listing order. */
export async function loadStoreCampaigns(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  options: { listed: boolean },
  now: Date = new Date()
): Promise<StoreCampaign[]> {
  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  const pages = (await marketing.listCampaignPages(filters)) as unknown as PageRecord[]
  const campaigns = await medusaCampaignsById(container, pages.map((p) => p.campaign_id))
  const views = pages
    .map((page) => ({ page, view: toAdminCampaign(page, campaigns.get(page.campaign_id), now) }))
    .filter(({ view }) => !options.listed || view.phase !== "ended")
    .sort((a, b) => storeListOrder(a.view, b.view))
  const brands = await featuredBrands(container, [...new Set(views.flatMap(({ view }) => view.featured_brand_ids))])
  const sessions = await liveSessionsByPage(container, views.map(({ page }) => page.id), now)
  return views.map(({ page, view }) => toStoreCampaign(view, brands, sessions.get(page.id) ?? []))
}

/** The pages' live sessions as shoppers see them, earliest first, by campaign page id. */
async function liveSessionsByPage(container: MedusaContainer, pageIds: string[], now: Date): Promise<Map<string, StoreLiveSession[]>> {
  const byPage = new Map<string, StoreLiveSession[]>()
  if (!pageIds.length) return byPage
  for (const { row, prices } of await loadLiveSessions(container, { campaign_page_id: pageIds }, { starts_at: "ASC" })) {
    const pageId = row.campaign_page?.id
    if (!pageId) continue
    byPage.set(pageId, [...(byPage.get(pageId) ?? []), toStoreLiveSession(row, prices, now)])
  }
  return byPage
}
