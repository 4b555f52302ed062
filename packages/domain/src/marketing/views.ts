import type { FundingSource } from "./vocabulary"

/**
 * Response shapes of discount funding, consent and price floors (issue 17), read by the backend
 * routes, the admin extension and the portal. Types only. Amounts are CNY yuan.
 */

/** GET /enterprise/discount-consent: the enterprise's standing opt-in and who wants its products. */
export interface EnterpriseDiscountConsentView {
  /** True: the enterprise accepts enterprise-funded campaigns and live prices on its products. */
  accepts_enterprise_funded: boolean
  updated_at: string | null
  /** Enterprise-funded campaigns and live sessions (not ended) that name or reach its products. */
  requests: EnterpriseFundedRequestView[]
}

export interface EnterpriseFundedRequestView {
  kind: "campaign" | "live_session"
  id: string
  name: string
  starts_at: string | null
  ends_at: string | null
  /** The enterprise's products it names (titles), or reaches through a brand or category target. */
  product_titles: string[]
}

/** One variant of the enterprise's with its regular price and the floor it set (null: none). */
export interface EnterprisePriceFloorView {
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string | null
  regular_amount: number | null
  floor_amount: number | null
}

/** What the platform funds of one order line, in fen (settlement input). */
export interface OrderLineFundingView {
  item_id: string
  funding_source: FundingSource | null
  platform_funded_fen: number
}
