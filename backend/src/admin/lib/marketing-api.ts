import type { FundingSource } from "@seleno/domain"
import type {
  AdminCampaign,
  AdminLiveSession,
  AttributionReport,
  CampaignBudgetType,
  CampaignKind,
  CampaignPromotionInput,
  CampaignPromotionKind,
} from "@seleno/domain"
import { sdk } from "./sdk"

/**
 * Request bodies of the marketing admin routes (see /admin/marketing/* in the issue 8 contract); the
 * response shapes are the backend's own, from @seleno/domain. Dates are ISO strings.
 */

export type {
  AdminCampaign,
  AdminCampaignPromotion,
  AdminLiveSession,
  AttributionDay,
  AttributionFigures,
  CampaignAttribution,
} from "@seleno/domain"
export type BudgetType = CampaignBudgetType
export type PromotionKind = CampaignPromotionKind

export type PromotionInput = CampaignPromotionInput

export interface CreateCampaignInput {
  handle: string
  kind: CampaignKind | ""
  name: string
  name_en?: string
  body?: string
  body_en?: string
  hero_image_url?: string
  share_image_url?: string
  starts_at: string
  ends_at: string
  budget?: { type: BudgetType; limit: number }
  exclusive?: boolean
  funding_source?: FundingSource
  featured_brand_ids?: string[]
  featured_county_codes?: string[]
  featured_product_ids?: string[]
  promotions: PromotionInput[]
}

export interface UpdateCampaignInput {
  name?: string
  name_en?: string | null
  body?: string | null
  body_en?: string | null
  hero_image_url?: string | null
  share_image_url?: string | null
  starts_at?: string
  ends_at?: string
  budget?: { limit: number }
}

export interface CreateLiveSessionInput {
  campaign_id: string
  handle: string
  title: string
  title_en?: string
  host: string
  stream_url: string
  replay_url?: string
  starts_at: string
  ends_at: string
  prices: { variant_id: string; amount: number }[]
  funding_source?: FundingSource
}

export interface UpdateLiveSessionInput {
  title?: string
  title_en?: string | null
  host?: string
  stream_url?: string
  replay_url?: string | null
  starts_at?: string
  ends_at?: string
}

export interface AttributionQuery {
  from: string
  to: string
  campaign_id?: string
}

/** A product as offered in the pickers; `variants` only when fetched one by one. */
export interface ProductChoice {
  id: string
  title: string
}

export interface VariantChoice {
  id: string
  title: string | null
  sku: string | null
  /** The variant's CNY price in yuan, when it has one. */
  price: number | null
}

const get = <T>(path: string, query?: Record<string, unknown>) => sdk.client.fetch<T>(path, { query })
const post = <T>(path: string, body: object) => sdk.client.fetch<T>(path, { method: "POST", body })

/** Query keys under one root, so any marketing mutation can refresh all of them. */
export const marketingKeys = {
  all: ["seleno", "marketing"] as const,
  campaigns: ["seleno", "marketing", "campaigns"] as const,
  campaign: (id: string) => ["seleno", "marketing", "campaigns", id] as const,
  liveSessions: ["seleno", "marketing", "live-sessions"] as const,
  attribution: (query: AttributionQuery) => ["seleno", "marketing", "attribution", query] as const,
  products: ["seleno", "marketing", "product-choices"] as const,
  variants: (productId: string) => ["seleno", "marketing", "variant-choices", productId] as const,
}

/** Drops `undefined` so the query string carries only the filters that are set. */
function definedOnly(query: AttributionQuery): Record<string, string> {
  const out: Record<string, string> = { from: query.from, to: query.to }
  if (query.campaign_id) out.campaign_id = query.campaign_id
  return out
}

export const marketingApi = {
  listCampaigns: () => get<{ campaigns: AdminCampaign[] }>("/admin/marketing/campaigns"),
  getCampaign: (id: string) => get<{ campaign: AdminCampaign }>(`/admin/marketing/campaigns/${id}`),
  createCampaign: (body: CreateCampaignInput) => post<{ campaign: AdminCampaign }>("/admin/marketing/campaigns", body),
  updateCampaign: (id: string, body: UpdateCampaignInput) =>
    post<{ campaign: AdminCampaign }>(`/admin/marketing/campaigns/${id}`, body),

  listLiveSessions: () => get<{ live_sessions: AdminLiveSession[] }>("/admin/marketing/live-sessions"),
  createLiveSession: (body: CreateLiveSessionInput) =>
    post<{ live_session: AdminLiveSession }>("/admin/marketing/live-sessions", body),
  updateLiveSession: (id: string, body: UpdateLiveSessionInput) =>
    post<{ live_session: AdminLiveSession }>(`/admin/marketing/live-sessions/${id}`, body),

  attribution: (query: AttributionQuery) => get<AttributionReport>("/admin/marketing/attribution", definedOnly(query)),

  /**
   * The attribution CSV, fetched with the admin session: a plain link would not carry the session
   * when the dashboard talks to a backend on another origin.
   */
  async attributionCsv(query: AttributionQuery, by: "day" | "source" = "day"): Promise<Blob> {
    const response = await sdk.client.fetch<Response>("/admin/marketing/attribution/export", {
      query: { ...definedOnly(query), by },
      headers: { accept: "text/csv" },
    })
    return response.blob()
  },

  /** Uploads one image through Medusa's file module and returns its public URL. */
  async uploadImage(file: File): Promise<string> {
    const { files } = await sdk.admin.upload.create({ files: [file] })
    const url = files[0]?.url
    if (!url) throw new Error("The upload returned no file URL")
    return url
  },

  listProductChoices: async (): Promise<ProductChoice[]> => {
    const { products } = await sdk.admin.product.list({ fields: "id,title", limit: 100 })
    return products.map((p) => ({ id: p.id, title: p.title }))
  },

  listVariantChoices: async (productId: string): Promise<VariantChoice[]> => {
    const { product } = await sdk.admin.product.retrieve(productId, {
      fields: "id,title,variants.id,variants.title,variants.sku,variants.prices.amount,variants.prices.currency_code",
    })
    return (product.variants ?? []).map((variant) => {
      const cny = (variant.prices ?? []).find((price) => price.currency_code?.toLowerCase() === "cny")
      return { id: variant.id, title: variant.title ?? null, sku: variant.sku ?? null, price: cny ? Number(cny.amount) : null }
    })
  },
}
