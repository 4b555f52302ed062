import type { CampaignKind, CampaignPhase } from "./campaigns"
import type { FundingSource } from "./marketing/vocabulary"

/**
 * The marketing API's response shapes (issue 8), as the backend routes return them, so the backend,
 * the admin extension and the storefront read one definition. Types only: the admin bundle imports
 * nothing at run time from here. Dates are ISO strings, amounts CNY yuan.
 */

/** The promotion kinds marketing staff set up; each maps onto one shape of Medusa promotion. */
export type CampaignPromotionKind = "percentage" | "fixed" | "buy_get" | "free_shipping"

/** The budget types a campaign is created with (Medusa's campaign budget). */
export type CampaignBudgetType = "spend" | "usage"

/** Which items a promotion reaches; none set = every item. */
export interface CampaignTarget {
  brand_ids?: string[]
  category_ids?: string[]
  product_ids?: string[]
}

// ---- Admin API: /admin/marketing/* ----

/** One promotion in the body of POST /admin/marketing/campaigns (the admin form sends it, the backend checks it). */
export interface CampaignPromotionInput {
  code: string
  automatic?: boolean
  kind: CampaignPromotionKind
  value?: number
  target?: CampaignTarget
  usage_limit?: number
  buy?: { product_ids: string[]; quantity: number }
  get?: { product_ids: string[]; quantity: number }
  min_subtotal?: number
  /** Who pays this code's discount; the campaign's funding when left out. */
  funding_source?: FundingSource
}

export interface AdminCampaignPromotion {
  id: string
  code: string
  automatic: boolean
  kind: CampaignPromotionKind
  value: number | null
  usage_limit: number | null
  used: number
  target: CampaignTarget | null
  min_subtotal: number | null
  funding_source: FundingSource
}

export interface AdminCampaignBudget {
  type: CampaignBudgetType
  limit: number
  used: number
  currency_code: string | null
}

export interface AdminCampaign {
  /** The campaign page id ("cpage_…"). */
  id: string
  /** Medusa's promotion campaign id. */
  campaign_id: string
  handle: string
  kind: CampaignKind
  name: string
  name_en: string | null
  body: string | null
  body_en: string | null
  hero_image_url: string | null
  share_image_url: string | null
  /** Null only when the Medusa campaign behind the page has no dates. */
  starts_at: string | null
  ends_at: string | null
  phase: CampaignPhase
  exclusive: boolean
  /** Who pays the campaign's discounts (each promotion may say otherwise). */
  funding_source: FundingSource
  budget: AdminCampaignBudget | null
  featured_brand_ids: string[]
  featured_county_codes: string[]
  featured_product_ids: string[]
  promotions: AdminCampaignPromotion[]
}

/** One featured variant of a live session: its session price and the regular price it is cut from. */
export interface LiveSessionPrice {
  variant_id: string
  product_id: string
  /** CNY yuan while the session runs. */
  amount: number
  /** The variant's regular CNY price (no price list, rule or quantity tier); null when it has none. */
  original_amount: number | null
}

export interface AdminLiveSession {
  id: string
  handle: string
  campaign: { id: string; handle: string; name: string } | null
  title: string
  title_en: string | null
  host: string
  stream_url: string
  replay_url: string | null
  starts_at: string
  ends_at: string
  phase: CampaignPhase
  price_list_id: string | null
  /** Who pays the cut from the regular price to the session price. */
  funding_source: FundingSource
  prices: LiveSessionPrice[]
}

/**
 * Visits, attributed carts and orders, revenue and discount of a campaign over a day or a period.
 * Carts are counted through the visits that brought them, on the visit's day: `carts` is the
 * number of those visits that led to a cart, so it never exceeds `visits`.
 */
export interface AttributionFigures {
  visits: number
  carts: number
  orders: number
  revenue: number
  discount: number
  /** orders / visits, 0 without visits. */
  conversion: number
}

export interface AttributionDay extends AttributionFigures {
  /** A calendar day in Asia/Shanghai, YYYY-MM-DD. */
  date: string
}

/**
 * A campaign's figures over the period for one utm_source and utm_medium (null: not given in the
 * link), compared case-insensitively. Visits and carts as in AttributionFigures; orders and
 * revenue of the period's attributed orders, by the source and medium of the visit that
 * brought their cart.
 */
export interface AttributionSource {
  source: string | null
  medium: string | null
  visits: number
  carts: number
  orders: number
  revenue: number
  conversion: number
}

export interface CampaignAttribution {
  id: string
  handle: string
  name: string
  /** `limit` is null when Medusa's campaign budget has none set. */
  budget: { type: CampaignBudgetType; limit: number | null; used: number } | null
  totals: AttributionFigures
  days: AttributionDay[]
  /** Most visits first. */
  sources: AttributionSource[]
}

/** GET /admin/marketing/attribution. */
export interface AttributionReport {
  from: string
  to: string
  campaigns: CampaignAttribution[]
}

// ---- Store API ----

/** amount = the session price, original_amount = the variant's regular price. */
export interface StoreLiveSessionProduct {
  product_id: string
  variant_id: string
  amount: number
  original_amount: number
}

/** GET /store/live-sessions[/:handle], and inside a campaign. */
export interface StoreLiveSession {
  handle: string
  title: string
  title_en: string | null
  host: string
  starts_at: string
  ends_at: string
  phase: CampaignPhase
  campaign_handle: string | null
  /** Only while the session runs, else null. */
  stream_url: string | null
  /** Only once the session has ended, else null. */
  replay_url: string | null
  products: StoreLiveSessionProduct[]
}

/** A public (non-automatic) promotion code of a campaign. */
export interface StoreCampaignCode {
  code: string
  kind: CampaignPromotionKind
  value: number | null
  min_subtotal: number | null
}

export interface StoreCampaignBrand {
  id: string
  handle: string
  name: string
  name_en: string | null
}

/** GET /store/campaigns[/:handle]: a campaign landing page. */
export interface StoreCampaign {
  handle: string
  kind: CampaignKind
  name: string
  name_en: string | null
  body: string | null
  body_en: string | null
  hero_image_url: string | null
  share_image_url: string | null
  /** Null only when the promotion campaign behind the page has lost its dates. */
  starts_at: string | null
  ends_at: string | null
  phase: CampaignPhase
  featured_brands: StoreCampaignBrand[]
  featured_county_codes: string[]
  featured_product_ids: string[]
  /** Empty once the campaign has ended. */
  codes: StoreCampaignCode[]
  live_sessions: StoreLiveSession[]
}

/** One entry of GET /store/campaign-offers: a variant's cart price through a running campaign's automatic promotion. */
export interface CampaignOffer {
  product_id: string
  variant_id: string
  amount: number
  original_amount: number
  currency_code: string
  promotion_code: string
  campaign: { handle: string; name: string; name_en: string | null }
}
