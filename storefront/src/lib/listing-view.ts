import { PRODUCT_SORTS, type ProductSort } from "@seleno/domain"
import { readCatalogQuery } from "./search-params"

/**
 * A product listing's query (sort, page, 富硒认证 only, and on /store a category) as one path
 * segment. The proxy rewrites `/zh-CN/store?sort=price_asc&page=2` to `/zh-CN/store/price_asc.2.0`
 * so every listing is a cacheable page of its own, while the shopper keeps the query-string URL.
 * Unknown parameters are dropped, so the cache holds one entry per distinct listing.
 */
export interface ListingView {
  sort: ProductSort
  page: number
  certifiedOnly: boolean
  category?: string
}

const HANDLE = /^[a-z0-9][a-z0-9-]{0,63}$/
const MAX_PAGE = 1000

export function listingViewOf(query: URLSearchParams): ListingView {
  const params = Object.fromEntries(query.entries())
  const { sort, page, certifiedOnly } = readCatalogQuery(params)
  const category = query.get("category") ?? ""
  return { sort, page: Math.min(page, MAX_PAGE), certifiedOnly, ...(HANDLE.test(category) ? { category } : {}) }
}

export function listingViewKey(view: ListingView): string {
  return [view.sort, view.page, view.certifiedOnly ? 1 : 0, ...(view.category ? [view.category] : [])].join(".")
}

/** The view a key names; anything malformed reads as the default listing. */
export function readListingViewKey(key: string): ListingView {
  const [sort = "", page = "", certified = "", category = ""] = decodeURIComponent(key).split(".")
  const pageNumber = Number(page)
  return {
    sort: (PRODUCT_SORTS as readonly string[]).includes(sort) ? (sort as ProductSort) : "newest",
    page: Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= MAX_PAGE ? pageNumber : 1,
    certifiedOnly: certified === "1",
    ...(HANDLE.test(category) ? { category } : {}),
  }
}
