import { MedusaError } from "@medusajs/framework/utils"
import {
  type AdminCampaign,
  type AdminCampaignPromotion,
  type CampaignBudgetType,
  type CampaignKind,
  type CampaignPhase,
  type CampaignPromotionInput,
  type CampaignPromotionKind,
  type CampaignTarget,
  campaignPhase,
  findCounty,
  type FundingSource,
  fundingOf,
} from "@seleno/domain"

export type { AdminCampaign, CampaignPromotionKind, CampaignTarget } from "@seleno/domain"

/** The promotion kinds marketing staff set up; each maps onto one shape of Medusa promotion. */
export const CAMPAIGN_PROMOTION_KINDS = ["percentage", "fixed", "buy_get", "free_shipping"] as const satisfies readonly CampaignPromotionKind[]

export type { CampaignPromotionInput }

/** The body of POST /admin/marketing/campaigns (see the marketing contract). */
export interface CreateMarketingCampaignInput {
  handle: string
  kind: CampaignKind
  name: string
  name_en?: string | null
  body?: string | null
  body_en?: string | null
  hero_image_url?: string | null
  share_image_url?: string | null
  starts_at: string
  ends_at: string
  budget?: { type: CampaignBudgetType; limit: number }
  exclusive?: boolean
  /** Who pays the campaign's discounts; each promotion may say otherwise. Platform when left out. */
  funding_source?: FundingSource
  featured_brand_ids?: string[]
  featured_county_codes?: string[]
  featured_product_ids?: string[]
  promotions: CampaignPromotionInput[]
}

/** The body of POST /admin/marketing/campaigns/:id, plus the page id. */
export interface UpdateMarketingCampaignInput {
  id: string
  name?: string
  name_en?: string | null
  body?: string | null
  body_en?: string | null
  hero_image_url?: string | null
  share_image_url?: string | null
  starts_at?: string
  ends_at?: string
  budget?: { limit: number }
  /** Accepted only when it is the campaign's funding already (funding is fixed at creation). */
  funding_source?: FundingSource
  featured_brand_ids?: string[]
  featured_county_codes?: string[]
  featured_product_ids?: string[]
}

/** Medusa keeps the store's currency as lower-case ISO code; every campaign budget and fixed amount is in yuan. */
export const CAMPAIGN_CURRENCY = "cny"

/**
 * "Each" allocation needs a quantity cap in Medusa; a per-item discount is meant for every unit in
 * the cart, so the cap is set far above any cart's quantity (checkout limits lines well below it).
 */
export const EVERY_UNIT = 9999

/** Where the campaign kinds and targets are kept on Medusa's promotion, which has no place for them itself. */
export interface CampaignPromotionMetadata {
  seleno_kind: CampaignPromotionKind
  seleno_target: CampaignTarget | null
  seleno_min_subtotal: number | null
  /** Who pays this promotion's discount (read by settlement). */
  seleno_funding: FundingSource
}

export const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

const time = (iso: string) => new Date(iso).getTime()

/**
 * Everything about a new campaign that can be judged from the body alone. Returns the first problem
 * as `field: reason`, so the admin sees which field to fix; null when the body is sound.
 */
export function campaignBodyProblem(input: CreateMarketingCampaignInput): string | null {
  const datesProblem = datesProblemOf(input.starts_at, input.ends_at)
  if (datesProblem) return datesProblem
  if (input.budget && !(input.budget.limit > 0)) return "budget.limit: the budget must be above zero"
  const countyProblem = countiesProblem(input.featured_county_codes)
  if (countyProblem) return countyProblem
  if (!input.promotions.length) return "promotions: add at least one promotion"
  const seen = new Set<string>()
  for (const [index, promotion] of input.promotions.entries()) {
    const at = `promotions[${index}]`
    if (seen.has(promotion.code)) return `${at}.code: code ${promotion.code} appears twice in this campaign`
    seen.add(promotion.code)
    const problem = promotionProblem(promotion)
    if (problem) return `${at}.${problem}`
  }
  return null
}

export function datesProblemOf(startsAt: string | undefined, endsAt: string | undefined): string | null {
  if (startsAt !== undefined && Number.isNaN(time(startsAt))) return "starts_at: not a date"
  if (endsAt !== undefined && Number.isNaN(time(endsAt))) return "ends_at: not a date"
  if (startsAt !== undefined && endsAt !== undefined && time(endsAt) <= time(startsAt)) {
    return "ends_at: the campaign must end after it starts"
  }
  return null
}

export function countiesProblem(codes: string[] | undefined): string | null {
  for (const [index, code] of (codes ?? []).entries()) {
    if (!findCounty(code)) return `featured_county_codes[${index}]: unknown county ${code}`
  }
  return null
}

function promotionProblem(promotion: CampaignPromotionInput): string | null {
  const value = promotion.value
  switch (promotion.kind) {
    case "percentage":
      if (value === undefined || !(value > 0) || value > 100) return "value: a percentage discount must be above 0 and at most 100"
      return null
    case "fixed":
      if (value === undefined || !(value > 0)) return "value: a fixed discount must be above zero"
      return null
    case "buy_get":
      if (!promotion.buy?.product_ids.length) return "buy.product_ids: name the products to buy"
      if (!promotion.get?.product_ids.length) return "get.product_ids: name the products given free"
      if (!(promotion.buy.quantity >= 1)) return "buy.quantity: at least 1"
      if (!(promotion.get.quantity >= 1)) return "get.quantity: at least 1"
      return null
    case "free_shipping":
      if (promotion.min_subtotal !== undefined && !(promotion.min_subtotal > 0)) return "min_subtotal: must be above zero"
      return null
  }
}

/** Every product id the body names, with the field that names it (for "unknown product" errors). */
export function namedProductIds(input: CreateMarketingCampaignInput): { field: string; id: string }[] {
  const named: { field: string; id: string }[] = []
  for (const id of input.featured_product_ids ?? []) named.push({ field: "featured_product_ids", id })
  input.promotions.forEach((promotion, index) => {
    for (const id of promotion.target?.product_ids ?? []) named.push({ field: `promotions[${index}].target.product_ids`, id })
    for (const id of promotion.buy?.product_ids ?? []) named.push({ field: `promotions[${index}].buy.product_ids`, id })
    for (const id of promotion.get?.product_ids ?? []) named.push({ field: `promotions[${index}].get.product_ids`, id })
  })
  return named
}

export function namedBrandIds(input: CreateMarketingCampaignInput): { field: string; id: string }[] {
  const named = (input.featured_brand_ids ?? []).map((id) => ({ field: "featured_brand_ids", id }))
  input.promotions.forEach((promotion, index) => {
    for (const id of promotion.target?.brand_ids ?? []) named.push({ field: `promotions[${index}].target.brand_ids`, id })
  })
  return named
}

export function namedCategoryIds(input: CreateMarketingCampaignInput): { field: string; id: string }[] {
  const named: { field: string; id: string }[] = []
  input.promotions.forEach((promotion, index) => {
    for (const id of promotion.target?.category_ids ?? []) named.push({ field: `promotions[${index}].target.category_ids`, id })
  })
  return named
}

/** The first named id not among `known`, as an error naming its field; null when all are known. */
export function firstUnknown(named: { field: string; id: string }[], known: Set<string>, what: string): string | null {
  const missing = named.find((entry) => !known.has(entry.id))
  return missing ? `${missing.field}: unknown ${what} ${missing.id}` : null
}

/** Whether two campaign windows share any moment (a missing end runs on for ever). */
export function windowsOverlap(
  a: { starts_at?: string | Date | null; ends_at?: string | Date | null },
  b: { starts_at?: string | Date | null; ends_at?: string | Date | null }
): boolean {
  const start = (w: typeof a) => (w.starts_at ? new Date(w.starts_at).getTime() : -Infinity)
  const end = (w: typeof a) => (w.ends_at ? new Date(w.ends_at).getTime() : Infinity)
  return start(a) < end(b) && start(b) < end(a)
}

export interface PromotionRuleDraft {
  attribute: string
  operator: "in" | "gte"
  values: string[]
}

/** The Medusa promotion a campaign promotion becomes (campaign_id is added once the campaign exists). */
export interface PromotionDraft {
  code: string
  type: "standard" | "buyget"
  status: "active"
  is_automatic: boolean
  is_tax_inclusive: boolean
  limit: number | null
  metadata: CampaignPromotionMetadata
  rules: PromotionRuleDraft[]
  application_method: {
    type: "percentage" | "fixed"
    target_type: "items" | "shipping_methods"
    allocation: "each"
    value: number
    currency_code: string
    max_quantity: number
    apply_to_quantity?: number
    buy_rules_min_quantity?: number
    target_rules: PromotionRuleDraft[]
    buy_rules?: PromotionRuleDraft[]
  }
}

/** The promotion's own funding, else its campaign's, else the platform's (how campaigns always ran). */
export function promotionFunding(promotion: CampaignPromotionInput, campaignFunding: FundingSource | undefined): FundingSource {
  return promotion.funding_source ?? campaignFunding ?? "platform"
}

/** What a promotion's item rules are written from besides its own target. */
export interface DraftTags {
  /** Tag ids of `brand:<handle>` for the targeted brands (products carry their brand's and every parent's). */
  brandTagIds: string[]
  /** The brands' products now, used only when the target also names products (rules are ANDed, so both cannot be rules). */
  brandProductIds: string[]
  /** Tag id carried by products whose enterprise accepts enterprise-funded discounts; required when the promotion is enterprise-funded. */
  consentTagId: string | null
}

/**
 * Turns a campaign promotion into Medusa's promotion. Item targets become Medusa target rules on
 * the attributes the cart gives the promotion module (`items.product.id`,
 * `items.product.categories.id`, `items.product.tags.id`). A brand target is a rule on the brand's
 * tag, which every product of the brand and of its sub-brands carries (kept by a subscriber), so
 * products added to a brand later are covered. Every rule must match, so a target naming products
 * as well as brands is written as one product rule with the brands' products at creation time.
 * An enterprise-funded item promotion also requires the consent tag: an enterprise that has not
 * opted in (or opts out later) never pays for it. Prices are tax inclusive in the CNY region, so
 * the promotion is too: a ¥10 discount takes ¥10 off the price the shopper sees.
 */
export function promotionDraft(promotion: CampaignPromotionInput, tags: DraftTags, campaignFunding?: FundingSource): PromotionDraft {
  const funding = promotionFunding(promotion, campaignFunding)
  const metadata: CampaignPromotionMetadata = {
    seleno_kind: promotion.kind,
    seleno_target: promotion.target ?? null,
    seleno_min_subtotal: promotion.min_subtotal ?? null,
    seleno_funding: funding,
  }
  const common = {
    code: promotion.code,
    status: "active" as const,
    is_automatic: promotion.automatic ?? false,
    is_tax_inclusive: true,
    limit: promotion.usage_limit ?? null,
    metadata,
    rules: [] as PromotionRuleDraft[],
  }
  const productRule = (ids: string[]): PromotionRuleDraft => ({ attribute: "items.product.id", operator: "in", values: ids })
  const consentRules: PromotionRuleDraft[] =
    funding === "enterprise" && tags.consentTagId ? [{ attribute: "items.product.tags.id", operator: "in", values: [tags.consentTagId] }] : []
  switch (promotion.kind) {
    case "percentage":
    case "fixed": {
      const target = promotion.target ?? {}
      const targetRules: PromotionRuleDraft[] = []
      if (target.product_ids?.length) {
        targetRules.push(productRule([...new Set([...target.product_ids, ...(target.brand_ids?.length ? tags.brandProductIds : [])])]))
      } else if (target.brand_ids?.length) {
        targetRules.push({ attribute: "items.product.tags.id", operator: "in", values: tags.brandTagIds })
      }
      if (target.category_ids?.length) targetRules.push({ attribute: "items.product.categories.id", operator: "in", values: target.category_ids })
      targetRules.push(...consentRules)
      return {
        ...common,
        type: "standard",
        application_method: {
          type: promotion.kind,
          target_type: "items",
          allocation: "each",
          value: promotion.value as number,
          currency_code: CAMPAIGN_CURRENCY,
          max_quantity: EVERY_UNIT,
          target_rules: targetRules,
        },
      }
    }
    case "buy_get": {
      const buy = promotion.buy as { product_ids: string[]; quantity: number }
      const get = promotion.get as { product_ids: string[]; quantity: number }
      return {
        ...common,
        type: "buyget",
        application_method: {
          type: "percentage",
          target_type: "items",
          allocation: "each",
          value: 100,
          currency_code: CAMPAIGN_CURRENCY,
          max_quantity: get.quantity,
          apply_to_quantity: get.quantity,
          buy_rules_min_quantity: buy.quantity,
          buy_rules: [productRule(buy.product_ids)],
          target_rules: [productRule(get.product_ids), ...consentRules],
        },
      }
    }
    case "free_shipping":
      return {
        ...common,
        type: "standard",
        // The cart hands the promotion module its item totals; `original_item_total` is the items
        // as priced to the shopper (tax included, as CNY prices are, before discounts, without
        // shipping), so the threshold is a rule on it. `item_subtotal` would be before tax.
        rules: promotion.min_subtotal ? [{ attribute: "original_item_total", operator: "gte", values: [String(promotion.min_subtotal)] }] : [],
        application_method: {
          type: "percentage",
          target_type: "shipping_methods",
          allocation: "each",
          value: 100,
          currency_code: CAMPAIGN_CURRENCY,
          max_quantity: 1,
          target_rules: [],
        },
      }
  }
}

// ---- Reading: Medusa's campaign and promotions joined with our page ----

export interface PageRecord {
  id: string
  campaign_id: string
  handle: string
  kind: CampaignKind
  title: string
  title_en: string | null
  body: string | null
  body_en: string | null
  hero_image_url: string | null
  share_image_url: string | null
  featured_brand_ids: string[]
  featured_county_codes: string[]
  featured_product_ids: string[]
  exclusive: boolean
  funding_source: FundingSource
  created_at?: string | Date
}

export interface MedusaPromotionRecord {
  id: string
  code: string
  is_automatic: boolean
  limit?: number | null
  used?: number | null
  type: string
  metadata?: Record<string, unknown> | null
  application_method?: { type: string; target_type: string; value: number | string | null } | null
}

export interface MedusaCampaignRecord {
  id: string
  starts_at: string | Date | null
  ends_at: string | Date | null
  budget?: { type: string; limit: number | string | null; used: number | string | null; currency_code: string | null } | null
  promotions?: MedusaPromotionRecord[] | null
}

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null)
const num = (value: number | string | null | undefined) => (value === null || value === undefined ? null : Number(value))

/** What kind of campaign promotion a Medusa promotion is (our metadata first, else its shape). */
export function promotionKind(promotion: MedusaPromotionRecord): CampaignPromotionKind {
  const kept = promotion.metadata?.seleno_kind
  if (typeof kept === "string" && (CAMPAIGN_PROMOTION_KINDS as readonly string[]).includes(kept)) return kept as CampaignPromotionKind
  if (promotion.type === "buyget") return "buy_get"
  if (promotion.application_method?.target_type === "shipping_methods") return "free_shipping"
  return promotion.application_method?.type === "fixed" ? "fixed" : "percentage"
}

export function promotionView(promotion: MedusaPromotionRecord): AdminCampaignPromotion {
  const kind = promotionKind(promotion)
  const target = (promotion.metadata?.seleno_target as CampaignTarget | null | undefined) ?? null
  return {
    id: promotion.id,
    code: promotion.code,
    automatic: promotion.is_automatic,
    kind,
    value: kind === "percentage" || kind === "fixed" ? num(promotion.application_method?.value) : null,
    usage_limit: promotion.limit ?? null,
    used: promotion.used ?? 0,
    target,
    min_subtotal: num(promotion.metadata?.seleno_min_subtotal as number | null | undefined),
    funding_source: fundingOf(promotion.metadata?.seleno_funding),
  }
}

export function toAdminCampaign(page: PageRecord, campaign: MedusaCampaignRecord | undefined, now: Date = new Date()): AdminCampaign {
  const window = { starts_at: campaign?.starts_at ?? null, ends_at: campaign?.ends_at ?? null }
  const budget = campaign?.budget
  return {
    id: page.id,
    campaign_id: page.campaign_id,
    handle: page.handle,
    kind: page.kind,
    name: page.title,
    name_en: page.title_en,
    body: page.body,
    body_en: page.body_en,
    hero_image_url: page.hero_image_url,
    share_image_url: page.share_image_url,
    starts_at: iso(window.starts_at),
    ends_at: iso(window.ends_at),
    phase: campaignPhase(window, now),
    exclusive: page.exclusive,
    funding_source: page.funding_source ?? "platform",
    // Campaigns are only made through our workflow, which gives Medusa a spend or usage budget.
    budget: budget ? { type: budget.type as CampaignBudgetType, limit: num(budget.limit) ?? 0, used: num(budget.used) ?? 0, currency_code: budget.currency_code } : null,
    featured_brand_ids: page.featured_brand_ids ?? [],
    featured_county_codes: page.featured_county_codes ?? [],
    featured_product_ids: page.featured_product_ids ?? [],
    promotions: (campaign?.promotions ?? []).map(promotionView).sort((a, b) => a.code.localeCompare(b.code)),
  }
}

/** Store listing order: running campaigns first, then upcoming, each by start date. */
export function storeListOrder(a: { phase: CampaignPhase; starts_at: string | null }, b: { phase: CampaignPhase; starts_at: string | null }): number {
  const rank = (phase: CampaignPhase) => (phase === "running" ? 0 : phase === "upcoming" ? 1 : 2)
  return rank(a.phase) - rank(b.phase) || (a.starts_at ?? "").localeCompare(b.starts_at ?? "")
}
