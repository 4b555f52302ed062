import type { SearchTypes } from "@medusajs/framework/types"
import { PRICE_SEARCH_BANDS, SELENIUM_SEARCH_BANDS } from "@seleno/domain"

export const PRODUCT_SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const
export type ProductSearchSort = (typeof PRODUCT_SEARCH_SORTS)[number]

/** A storefront search, as validated from the query string (see api/store/product-search/validators.ts). */
export interface ProductSearchParams {
  q?: string
  brand?: string
  region?: string
  county?: string
  category?: string
  certified?: boolean
  se_min?: number
  se_max?: number
  price_min?: number
  price_max?: number
  sort: ProductSearchSort
  page: number
  limit: number
}

const VALUE_FACETS = ["brand_path", "region", "county", "categories"] as const

/** [min, max): the upper bound is exclusive, like the facet bands, so a band's link shows exactly its count. */
function range(min: number | undefined, max: number | undefined) {
  const ops: { $gte?: number; $lt?: number } = {}
  if (min !== undefined) ops.$gte = min
  if (max !== undefined) ops.$lt = max
  return Object.keys(ops).length ? ops : undefined
}

function order(params: ProductSearchParams): Record<string, SearchTypes.SearchOrderBy> {
  switch (params.sort) {
    case "price_asc":
      return { price_min: "ASC", created_at: "DESC" }
    case "price_desc":
      return { price_min: "DESC", created_at: "DESC" }
    case "newest":
      return { created_at: "DESC" }
    default:
      // Certified products come first among equally relevant ones; without a query, newest first.
      return params.q ? { _score: "DESC", certified_until: "DESC", created_at: "DESC" } : { certified_until: "DESC", created_at: "DESC" }
  }
}

/**
 * The listing orders without a query (a query sorts by relevance first), in the shape the
 * PostgreSQL provider's `sort_indexes` option takes: each is served from an index, not a sort.
 */
export const PRODUCT_LISTING_ORDERS = PRODUCT_SEARCH_SORTS.map((sort) =>
  Object.entries(order({ sort, page: 1, limit: 1 })).map(([field, direction]) => ({ field, direction: direction === "ASC" ? ("ASC" as const) : ("DESC" as const) }))
)

/**
 * Every storefront search filters by status, and most by place: the keys of the PostgreSQL
 * provider's covering index (its `covering_index` option), which answers filters, counts and
 * facets without reading whole documents.
 */
export const PRODUCT_COVERING_KEYS = ["status", "region", "county"]

/**
 * The Search Module query for a storefront search. "Certified" is decided at read time: a
 * document carries until when its badge holds, and the filter compares that with `at`, so a
 * certificate that lapsed overnight drops out without waiting for a reindex.
 */
export function productSearchQuery(
  params: ProductSearchParams,
  salesChannelIds: readonly string[],
  at: Date = new Date()
): SearchTypes.SearchQuery {
  // Date fields are compared as epoch milliseconds, the form every engine stores them in.
  const now = at.getTime()
  // Only what this storefront sells: published, in the sales channels of its publishable key.
  const filters: SearchTypes.SearchFilters = { status: "published", sales_channel_ids: { $overlaps: [...salesChannelIds] } }
  if (params.q) filters.q = params.q
  if (params.brand) filters.brand_path = params.brand
  if (params.region) filters.region = params.region
  if (params.county) filters.county = params.county
  if (params.category) filters.categories = params.category
  const selenium = range(params.se_min, params.se_max)
  if (selenium) filters.selenium_mg_per_kg = selenium
  // Filtering by selenium content is a selenium claim: only products certified now match.
  if (params.certified || selenium) filters.certified_until = { $gt: now }
  const price = range(params.price_min, params.price_max)
  if (price) filters.price_min = price
  return {
    entity: "product",
    filters,
    pagination: { skip: (params.page - 1) * params.limit, take: params.limit, order: order(params) },
    search_options: {
      match_strategy: "all",
      typo_tolerance: true,
      disjunctive_facets: true,
      count: "exact",
      include_score: Boolean(params.q) && params.sort === "relevance",
      facets: [
        ...VALUE_FACETS.map((field) => ({ field, type: "value" as const, limit: 100 })),
        { field: "certified_until", type: "range", ranges: [{ key: "certified", from: now }] },
        { field: "selenium_mg_per_kg", type: "range", ranges: SELENIUM_SEARCH_BANDS.map((b) => ({ ...b })) },
        { field: "price_min", type: "range", ranges: PRICE_SEARCH_BANDS.map((b) => ({ ...b })) },
      ],
    },
  }
}
