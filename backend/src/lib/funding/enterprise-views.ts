import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  brandTagValue,
  campaignPhase,
  type CampaignTarget,
  type EnterpriseDiscountConsentView,
  type EnterpriseFundedRequestView,
  type EnterprisePriceFloorView,
} from "@seleno/domain"
import { medusaCampaignsById } from "../marketing/campaign-records"
import { regularCnyPrice, type StoredPrice } from "../marketing/live-session-prices"
import { MARKETING_MODULE } from "../../modules/marketing"
import type MarketingModuleService from "../../modules/marketing/service"
import { queryOf } from "./products"

interface OwnProduct {
  id: string
  title: string
  tags: string[]
  variants: { id: string; title: string | null; prices: StoredPrice[] }[]
}

async function ownProducts(container: MedusaContainer, enterpriseId: string): Promise<OwnProduct[]> {
  const { data } = await queryOf(container).graph({
    entity: "enterprise",
    fields: ["id", "products.id", "products.title", "products.tags.value", "products.variants.id", "products.variants.title", "products.variants.prices.*"],
    filters: { id: enterpriseId },
  })
  type Row = { id: string; title: string; tags?: ({ value: string } | null)[]; variants?: ({ id: string; title: string | null; prices?: StoredPrice[] } | null)[] }
  return ((data[0]?.products as (Row | null)[] | null) ?? []).flatMap((p) =>
    p
      ? [
          {
            id: p.id,
            title: p.title,
            tags: (p.tags ?? []).flatMap((t) => (t ? [t.value] : [])),
            variants: (p.variants ?? []).flatMap((v) => (v ? [{ id: v.id, title: v.title, prices: v.prices ?? [] }] : [])),
          },
        ]
      : []
  )
}

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null)

/** Enterprise-funded campaigns and live sessions, not yet ended, that name the enterprise's products or reach them through a brand. */
async function fundedRequests(container: MedusaContainer, products: OwnProduct[], now: Date): Promise<EnterpriseFundedRequestView[]> {
  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  const out: EnterpriseFundedRequestView[] = []
  const titleOf = new Map(products.map((p) => [p.id, p.title]))
  const pages = await marketing.listCampaignPages({ funding_source: "enterprise" })
  const campaigns = await medusaCampaignsById(container, pages.map((p) => p.campaign_id))
  const promotions = pages.length
    ? await container.resolve<IPromotionModuleService>(Modules.PROMOTION).listPromotions({ campaign_id: pages.map((p) => p.campaign_id) } as Record<string, unknown>, { select: ["id", "campaign_id", "metadata"] })
    : []
  const brandIds = promotions.flatMap((p) => ((p.metadata?.seleno_target as CampaignTarget | null) ?? {}).brand_ids ?? [])
  const { data: brands } = brandIds.length ? await queryOf(container).graph({ entity: "brand", fields: ["id", "handle"], filters: { id: brandIds } }) : { data: [] }
  const handleOf = new Map(brands.map((b) => [b.id as string, b.handle as string]))
  for (const page of pages) {
    const campaign = campaigns.get(page.campaign_id)
    if (!campaign || campaignPhase(campaign, now) === "ended") continue
    const named = new Set<string>(page.featured_product_ids as string[])
    const brandTags = new Set<string>()
    for (const promotion of promotions.filter((p) => (p as { campaign_id?: string }).campaign_id === page.campaign_id)) {
      if (promotion.metadata?.seleno_funding === "platform") continue
      const target = (promotion.metadata?.seleno_target as CampaignTarget | null) ?? {}
      for (const id of target.product_ids ?? []) named.add(id)
      for (const id of target.brand_ids ?? []) if (handleOf.has(id)) brandTags.add(brandTagValue(handleOf.get(id)!))
    }
    const reached = products.filter((p) => named.has(p.id) || p.tags.some((t) => brandTags.has(t)))
    if (reached.length) out.push({ kind: "campaign", id: page.id, name: page.title, starts_at: iso(campaign.starts_at), ends_at: iso(campaign.ends_at), product_titles: reached.map((p) => p.title) })
  }
  for (const session of await marketing.listLiveSessions({ funding_source: "enterprise", ends_at: { $gt: now } } as Record<string, unknown>)) {
    const reached = (session.featured_product_ids as string[]).filter((id) => titleOf.has(id))
    if (reached.length) out.push({ kind: "live_session", id: session.id, name: session.title, starts_at: iso(session.starts_at), ends_at: iso(session.ends_at), product_titles: reached.map((id) => titleOf.get(id)!) })
  }
  return out
}

export async function discountConsentView(container: MedusaContainer, enterpriseId: string, now = new Date()): Promise<EnterpriseDiscountConsentView> {
  const [row] = await container.resolve<MarketingModuleService>(MARKETING_MODULE).listDiscountConsents({ enterprise_id: enterpriseId })
  return {
    accepts_enterprise_funded: row?.accepts_enterprise_funded ?? false,
    updated_at: iso(row?.updated_at),
    requests: await fundedRequests(container, await ownProducts(container, enterpriseId), now),
  }
}

export async function priceFloorsView(container: MedusaContainer, enterpriseId: string): Promise<EnterprisePriceFloorView[]> {
  const products = await ownProducts(container, enterpriseId)
  const floors = await container.resolve<MarketingModuleService>(MARKETING_MODULE).listPriceFloors({ enterprise_id: enterpriseId })
  const floorOf = new Map(floors.map((f) => [f.variant_id, Number(f.amount)]))
  return products
    .flatMap((p) =>
      p.variants.map((v) => ({
        variant_id: v.id,
        product_id: p.id,
        product_title: p.title,
        variant_title: v.title,
        regular_amount: regularCnyPrice(v.prices) ?? null,
        floor_amount: floorOf.get(v.id) ?? null,
      }))
    )
    .sort((a, b) => a.product_title.localeCompare(b.product_title) || (a.variant_title ?? "").localeCompare(b.variant_title ?? ""))
}
