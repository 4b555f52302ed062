import "server-only"
import type { StorefrontLocale } from "@seleno/domain"
import { searchQueryString, type SearchState } from "@/lib/search/query"
import { isClientError, sdk, storeHeaders } from "./medusa"

export const SEARCH_PAGE_SIZE = 12

/** A product as search returns it (GET /store/product-search), already in the shopper's language. */
export interface SearchHit {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  brand: string | null
  brand_name: string | null
  region: string | null
  county: string | null
  certified: boolean
  selenium_mg_per_kg: number | null
  price_min: number | null
  price_max: number | null
  in_stock: boolean
}

export interface BrandFacet { handle: string; name: string; count: number; children: BrandFacet[] }
export interface ValueCount { value: string; count: number }
export interface RangeCount { key: string; count: number }

export interface SearchResults {
  products: SearchHit[]
  count: number
  page: number
  pages: number
  facets: {
    brand: BrandFacet[]
    region: ValueCount[]
    county: ValueCount[]
    category: ValueCount[]
    certified: number
    selenium: RangeCount[]
    price: RangeCount[]
  }
}

/** Either results, or the backend's reason for refusing the search (a bad parameter in the URL). */
export type SearchOutcome = { ok: true; results: SearchResults } | { ok: false; reason: string }

export async function searchProducts(locale: StorefrontLocale, state: SearchState): Promise<SearchOutcome> {
  const query = searchQueryString(state)
  const separator = query ? "&" : "?"
  try {
    const results = await sdk().client.fetch<SearchResults>(
      `/store/product-search${query}${separator}page_size=${SEARCH_PAGE_SIZE}`,
      { headers: storeHeaders(locale) }
    )
    return { ok: true, results }
  } catch (error) {
    if (!isClientError(error)) throw error
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: message.replace(/^Invalid request:\s*/, "") }
  }
}

export interface Suggestions {
  products: { handle: string; title: string }[]
  brands: { handle: string; name: string }[]
  counties: { code: string; region: string; name: string }[]
}

/** What the header's search box offers for a partial query (GET /store/search-suggestions). */
export async function searchSuggestions(locale: StorefrontLocale, q: string): Promise<Suggestions> {
  return sdk().client.fetch<Suggestions>(`/store/search-suggestions?q=${encodeURIComponent(q)}`, { headers: storeHeaders(locale) })
}
