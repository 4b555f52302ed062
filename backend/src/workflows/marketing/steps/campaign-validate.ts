import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CAMPAIGN_CURRENCY,
  type CampaignPromotionInput,
  campaignBodyProblem,
  type CreateMarketingCampaignInput,
  firstUnknown,
  invalid,
  namedBrandIds,
  namedCategoryIds,
  namedProductIds,
  type PageRecord,
  type PromotionDraft,
  promotionDraft,
  windowsOverlap,
} from "../../../lib/marketing/campaigns"
import { medusaCampaignsById } from "../../../lib/marketing/campaign-records"
import { CONSENT_TAG_VALUE, brandTagValue } from "@seleno/domain"
import { tagIdsFor } from "../../../lib/funding/brand-tags"
import { assertConsent } from "../../../lib/funding/consent"
import { assertFeaturedReached } from "../../../lib/funding/featured"
import { MARKETING_MODULE } from "../../../modules/marketing"
import type MarketingModuleService from "../../../modules/marketing/service"

export interface CampaignPlan {
  campaign: {
    name: string
    campaign_identifier: string
    starts_at: Date
    ends_at: Date
    budget?: { type: "spend" | "usage"; limit: number; currency_code?: string }
  }
  promotions: PromotionDraft[]
  page: Omit<PageRecord, "id" | "campaign_id" | "created_at">
}

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: Record<string, unknown>[] }> }

const idsOf = (named: { id: string }[]) => [...new Set(named.map((n) => n.id))]

async function knownIds(container: MedusaContainer, entity: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id"], filters: { id: ids } })
  return new Set(data.map((row) => row.id as string))
}

/** Product ids and handle of each brand, its sub-brands' products included, through the product–brand link. */
async function brandProducts(container: MedusaContainer, brandIds: string[]): Promise<Map<string, { handle: string; products: string[] }>> {
  if (!brandIds.length) return new Map()
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "brand", fields: ["id", "handle", "parent_id", "products.id"] })
  const productsOf = (brand: Record<string, unknown>) =>
    ((brand.products as ({ id: string } | null)[] | null) ?? []).filter((p): p is { id: string } => !!p).map((p) => p.id)
  const under = (id: string, seen = new Set<string>()): string[] => {
    if (seen.has(id)) return []
    seen.add(id)
    const brand = data.find((b) => b.id === id)
    if (!brand) return []
    return [...productsOf(brand), ...data.filter((b) => b.parent_id === id).flatMap((child) => under(child.id as string, seen))]
  }
  return new Map(
    brandIds.flatMap((id) => {
      const brand = data.find((b) => b.id === id)
      return brand ? [[id, { handle: brand.handle as string, products: [...new Set(under(id))] }] as const] : []
    })
  )
}

/**
 * The lowest CNY price among the variants a fixed discount reaches (every product when the
 * promotion has no target); sale prices count too, so no price list can bring an item below zero.
 */
async function cheapestTargetedPrice(
  container: MedusaContainer,
  target: { product_ids: string[]; category_ids: string[] } | null
): Promise<number | null> {
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  let productIds: string[] | undefined
  if (target) {
    productIds = [...target.product_ids]
    if (target.category_ids.length) {
      const { data } = await query.graph({ entity: "product_category", fields: ["id", "products.id"], filters: { id: target.category_ids } })
      for (const category of data) {
        for (const product of (category.products as ({ id: string } | null)[] | null) ?? []) if (product) productIds.push(product.id)
      }
    }
    if (!productIds.length) return null
  }
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "prices.amount", "prices.currency_code"],
    filters: productIds ? { product_id: [...new Set(productIds)] } : {},
  })
  let cheapest: number | null = null
  for (const variant of data) {
    for (const price of (variant.prices as ({ amount: number; currency_code: string } | null)[] | null) ?? []) {
      if (!price || price.currency_code !== CAMPAIGN_CURRENCY) continue
      const amount = Number(price.amount)
      if (cheapest === null || amount < cheapest) cheapest = amount
    }
  }
  return cheapest
}

/** Refuses an exclusive campaign whose dates meet another exclusive campaign's (409 naming it). */
export async function assertNoExclusiveOverlap(
  container: MedusaContainer,
  window: { starts_at: string | Date; ends_at: string | Date },
  exceptPageId?: string
): Promise<void> {
  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  const others = ((await marketing.listCampaignPages({ exclusive: true })) as unknown as PageRecord[]).filter((p) => p.id !== exceptPageId)
  const campaigns = await medusaCampaignsById(container, others.map((p) => p.campaign_id))
  for (const other of others) {
    const campaign = campaigns.get(other.campaign_id)
    if (campaign && windowsOverlap(window, campaign)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `starts_at: this exclusive campaign overlaps the exclusive campaign ${other.title} (${other.handle}); only one exclusive campaign may run at a time`
      )
    }
  }
}

export async function assertFeaturedKnown(
  container: MedusaContainer,
  featured: { featured_brand_ids?: string[]; featured_product_ids?: string[] }
): Promise<void> {
  const brands = (featured.featured_brand_ids ?? []).map((id) => ({ field: "featured_brand_ids", id }))
  const products = (featured.featured_product_ids ?? []).map((id) => ({ field: "featured_product_ids", id }))
  const problem =
    firstUnknown(brands, await knownIds(container, "brand", idsOf(brands)), "brand") ??
    firstUnknown(products, await knownIds(container, "product", idsOf(products)), "product")
  if (problem) throw invalid(problem)
}

/**
 * Checks a new campaign completely before anything is written (what the body says, ids that must
 * exist, codes and handle still free, exclusivity), and works out the Medusa campaign, promotions
 * and page to create. Nothing to undo: it only reads.
 */
export const validateCampaignStep = createStep("campaign-validate", async (input: CreateMarketingCampaignInput, { container }) => {
  const problem = campaignBodyProblem(input)
  if (problem) throw invalid(problem)

  const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
  const promotionModule = container.resolve<IPromotionModuleService>(Modules.PROMOTION)

  const [pageWithHandle] = await marketing.listCampaignPages({ handle: input.handle }, { take: 1 })
  const [campaignWithHandle] = await promotionModule.listCampaigns({ campaign_identifier: [input.handle] }, { take: 1 })
  if (pageWithHandle || campaignWithHandle) throw invalid(`handle: ${input.handle} is already used by another campaign`)

  const codes = input.promotions.map((p) => p.code)
  const existing = await promotionModule.listPromotions({ code: codes as unknown as string }, { select: ["id", "code"] })
  if (existing.length) {
    const index = codes.indexOf(existing[0]!.code as string)
    throw invalid(`promotions[${index}].code: code ${existing[0]!.code} is already used by another promotion`)
  }

  const products = namedProductIds(input)
  const brands = namedBrandIds(input)
  const categories = namedCategoryIds(input)
  const unknown =
    firstUnknown(products, await knownIds(container, "product", idsOf(products)), "product") ??
    firstUnknown(brands, await knownIds(container, "brand", idsOf(brands)), "brand") ??
    firstUnknown(categories, await knownIds(container, "product_category", idsOf(categories)), "category")
  if (unknown) throw invalid(unknown)

  // Enterprise-funded promotions may name only products whose enterprise opted in; brand and
  // category targets reach the others not at all (the consent tag rule), so they need no check.
  const enterpriseFunded = (p: CampaignPromotionInput) => (p.funding_source ?? input.funding_source ?? "platform") === "enterprise"
  const mustConsent = namedProductIds({
    ...input,
    featured_product_ids: input.promotions.some(enterpriseFunded) ? input.featured_product_ids : [],
    promotions: input.promotions.map((p) => (enterpriseFunded(p) ? p : { ...p, target: undefined, buy: undefined, get: undefined })),
  })
  await assertConsent(container, mustConsent)

  const byBrand = await brandProducts(container, idsOf(brands.filter((b) => b.field !== "featured_brand_ids")))
  const tagIds = await tagIdsFor(container, [CONSENT_TAG_VALUE, ...[...byBrand.values()].map((b) => brandTagValue(b.handle))])
  const drafts: PromotionDraft[] = []
  for (const [index, promotion] of input.promotions.entries()) {
    const brandIds = promotion.target?.brand_ids ?? []
    const brandProductIds = brandIds.flatMap((id) => byBrand.get(id)?.products ?? [])
    const brandTagIds = brandIds.flatMap((id) => {
      const brand = byBrand.get(id)
      return brand ? [tagIds.get(brandTagValue(brand.handle))!] : []
    })
    if (promotion.kind === "fixed") await assertFixedKeepsPricesAboveZero(container, promotion, brandProductIds, index)
    drafts.push(promotionDraft(promotion, { brandTagIds, brandProductIds, consentTagId: tagIds.get(CONSENT_TAG_VALUE) ?? null }, input.funding_source))
  }
  await assertFeaturedReached(container, input.featured_product_ids ?? [], drafts)

  if (input.exclusive) await assertNoExclusiveOverlap(container, input)

  const plan: CampaignPlan = {
    campaign: {
      name: input.name,
      campaign_identifier: input.handle,
      starts_at: new Date(input.starts_at),
      ends_at: new Date(input.ends_at),
      ...(input.budget
        ? { budget: { type: input.budget.type, limit: input.budget.limit, ...(input.budget.type === "spend" ? { currency_code: CAMPAIGN_CURRENCY } : {}) } }
        : {}),
    },
    promotions: drafts,
    page: {
      handle: input.handle,
      kind: input.kind,
      title: input.name,
      title_en: input.name_en ?? null,
      body: input.body ?? null,
      body_en: input.body_en ?? null,
      hero_image_url: input.hero_image_url ?? null,
      share_image_url: input.share_image_url ?? null,
      featured_brand_ids: input.featured_brand_ids ?? [],
      featured_county_codes: input.featured_county_codes ?? [],
      featured_product_ids: input.featured_product_ids ?? [],
      exclusive: input.exclusive ?? false,
      funding_source: input.funding_source ?? "platform",
    },
  }
  return new StepResponse(plan)
})

async function assertFixedKeepsPricesAboveZero(container: MedusaContainer, promotion: CampaignPromotionInput, brandProductIds: string[], index: number) {
  const target = promotion.target
  const hasTarget = !!(target?.product_ids?.length || target?.category_ids?.length || target?.brand_ids?.length)
  const cheapest = await cheapestTargetedPrice(
    container,
    hasTarget ? { product_ids: [...(target?.product_ids ?? []), ...brandProductIds], category_ids: target?.category_ids ?? [] } : null
  )
  if (cheapest !== null && (promotion.value as number) > cheapest) {
    throw invalid(
      `promotions[${index}].value: a fixed discount of ¥${promotion.value} would price below zero the cheapest targeted item (¥${cheapest})`
    )
  }
}
