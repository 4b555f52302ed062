import type { IPromotionModuleService, IRegionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import { type CampaignOffer, campaignPhase } from "@seleno/domain"
import { MARKETING_MODULE } from "../../modules/marketing"
import type MarketingModuleService from "../../modules/marketing/service"
import { CAMPAIGN_CURRENCY, type PageRecord } from "./campaigns"

/** An automatic item discount as the offer calculation needs it. */
export interface OfferPromotion {
  code: string
  type: "percentage" | "fixed"
  value: number
  /** Target rules as Medusa keeps them: every rule must match the item. */
  rules: { attribute: string; operator: string; values: string[] }[]
  campaign: CampaignOffer["campaign"]
  /** What a spend budget has left; Medusa skips a discount that would go over it. Null without one. */
  spend_remaining?: number | null
}

export interface OfferProduct {
  id: string
  category_ids: string[]
  /** Product tag ids (brand and consent tags are rules on them). */
  tag_ids?: string[]
}

/** Floating point noise off, nothing more: Medusa does not round adjustments either. */
const clean = (value: number) => Math.round(value * 1e6) / 1e6

/**
 * Whether Medusa's target rules let the promotion reach an item of `product` — the same test the
 * promotion module makes on the cart's `items.product.id`, `items.product.categories.id` and
 * `items.product.tags.id`.
 * A rule on anything else cannot be judged from here, so such a promotion gives no offer.
 */
export function reachesProduct(rules: OfferPromotion["rules"], product: OfferProduct): boolean {
  return rules.every((rule) => {
    const values = new Set(rule.values)
    if (rule.operator !== "in" && rule.operator !== "eq") return false
    if (rule.attribute === "items.product.id") return values.has(product.id)
    if (rule.attribute === "items.product.categories.id") {
      return rule.operator === "in" ? product.category_ids.some((id) => values.has(id)) : product.category_ids.every((id) => values.has(id))
    }
    if (rule.attribute === "items.product.tags.id") {
      const tags = product.tag_ids ?? []
      return rule.operator === "in" ? tags.some((id) => values.has(id)) : tags.length > 0 && tags.every((id) => values.has(id))
    }
    return false
  })
}

/**
 * The unit price after the automatic promotions reaching the item, applied as Medusa's promotion
 * module does for tax-inclusive, per-item ("each") promotions: largest value first, each taking
 * its share of what the earlier ones left (a percentage of the rest, a fixed amount capped at it),
 * none that would take a spend budget over its limit. Returns null when none applies.
 */
export function offerFor(price: number, promotions: OfferPromotion[]): { amount: number; promotion: OfferPromotion } | null {
  const ordered = [...promotions].sort((a, b) => b.value - a.value)
  let remaining = price
  let first: OfferPromotion | null = null
  for (const promotion of ordered) {
    if (remaining <= 0) break
    const discount = promotion.type === "percentage" ? (promotion.value / 100) * remaining : Math.min(promotion.value, remaining)
    if (discount <= 0) continue
    if (promotion.spend_remaining !== undefined && promotion.spend_remaining !== null && discount > promotion.spend_remaining) continue
    remaining -= discount
    first ??= promotion
  }
  return first ? { amount: clean(remaining), promotion: first } : null
}

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: Record<string, unknown>[] }> }

interface PromotionRow {
  code: string
  type: string
  is_automatic: boolean
  limit?: number | null
  used?: number | null
  campaign_id?: string | null
  campaign?: { starts_at: string | Date | null; ends_at: string | Date | null; budget?: { type: string; limit: unknown; used: unknown } | null } | null
  rules?: unknown[] | null
  application_method?: {
    type: string
    target_type: string
    value: unknown
    currency_code?: string | null
    target_rules?: { attribute: string; operator: string; values?: { value: string }[] }[] | null
  } | null
}

/** The running campaigns' automatic item discounts that the cart would apply without a code. */
async function runningAutomaticPromotions(container: MedusaContainer, now: Date): Promise<OfferPromotion[]> {
  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  const pages = (await marketing.listCampaignPages({})) as unknown as PageRecord[]
  if (!pages.length) return []
  const pageByCampaign = new Map(pages.map((p) => [p.campaign_id, p]))
  const promotionModule = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
  const rows = (await promotionModule.listPromotions(
    { is_automatic: true, status: ["active"], campaign_id: [...pageByCampaign.keys()] } as Record<string, unknown>,
    { relations: ["campaign", "campaign.budget", "rules", "application_method", "application_method.target_rules", "application_method.target_rules.values"] }
  )) as unknown as PromotionRow[]
  const offers: OfferPromotion[] = []
  for (const row of rows) {
    const method = row.application_method
    const page = row.campaign_id ? pageByCampaign.get(row.campaign_id) : undefined
    if (!page || !row.campaign || !method || row.type !== "standard" || method.target_type !== "items") continue
    if (method.type !== "percentage" && method.type !== "fixed") continue
    if (method.currency_code && method.currency_code !== CAMPAIGN_CURRENCY) continue
    if (row.rules?.length) continue
    if (campaignPhase(row.campaign, now) !== "running") continue
    if (typeof row.limit === "number" && (row.used ?? 0) >= row.limit) continue
    const budget = row.campaign.budget
    if (budget && budget.limit !== null && budget.limit !== undefined && Number(budget.used ?? 0) >= Number(budget.limit)) continue
    offers.push({
      code: row.code,
      type: method.type,
      value: Number(method.value),
      rules: (method.target_rules ?? []).map((r) => ({ attribute: r.attribute, operator: r.operator, values: (r.values ?? []).map((v) => v.value) })),
      campaign: { handle: page.handle, name: page.title, name_en: page.title_en },
      spend_remaining: budget?.type === "spend" && budget.limit !== null && budget.limit !== undefined ? Number(budget.limit) - Number(budget.used ?? 0) : null,
    })
  }
  return offers
}

/**
 * Campaign prices for the variants of `productIds`: the price each sells at in a CNY cart through
 * running campaigns' automatic item discounts, beside the price Medusa gives it without them
 * (which already includes any running sale price list, as the cart's does).
 */
export async function campaignOffers(container: MedusaContainer, productIds: string[], now: Date = new Date()): Promise<CampaignOffer[]> {
  if (!productIds.length) return []
  const promotions = await runningAutomaticPromotions(container, now)
  if (!promotions.length) return []
  const [region] = await container.resolve<IRegionModuleService>(Modules.REGION).listRegions({ currency_code: CAMPAIGN_CURRENCY }, { take: 1 })
  if (!region) return []
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "categories.id", "tags.id", "variants.id", "variants.calculated_price.*"],
    filters: { id: productIds, status: "published" },
    context: { variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: CAMPAIGN_CURRENCY }) } },
  })
  const offers: CampaignOffer[] = []
  for (const product of products) {
    const categories = ((product.categories as ({ id: string } | null)[] | null) ?? []).filter((c): c is { id: string } => !!c).map((c) => c.id)
    const tags = ((product.tags as ({ id: string } | null)[] | null) ?? []).flatMap((t) => (t ? [t.id] : []))
    const reaching = promotions.filter((p) => reachesProduct(p.rules, { id: product.id as string, category_ids: categories, tag_ids: tags }))
    if (!reaching.length) continue
    for (const variant of (product.variants as ({ id: string; calculated_price?: { calculated_amount?: unknown } | null } | null)[] | null) ?? []) {
      const price = variant?.calculated_price?.calculated_amount
      if (!variant || price === null || price === undefined) continue
      const offer = offerFor(Number(price), reaching)
      if (!offer) continue
      offers.push({
        product_id: product.id as string,
        variant_id: variant.id,
        amount: offer.amount,
        original_amount: Number(price),
        currency_code: CAMPAIGN_CURRENCY,
        promotion_code: offer.promotion.code,
        campaign: offer.promotion.campaign,
      })
    }
  }
  return offers
}
