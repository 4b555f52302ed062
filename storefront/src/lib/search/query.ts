/** The search page's state, all of it in the URL so results are shareable and the back button works. */
export interface SearchState {
  q: string
  brand?: string
  region?: string
  county?: string
  category?: string
  certified: boolean
  se_min?: string
  se_max?: string
  price_min?: string
  price_max?: string
  sort: SearchSort
  page: number
}

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

/** The filters a shopper can set; each maps to one query parameter of the same name. */
export const FILTER_KEYS = ["brand", "region", "county", "category", "se_min", "se_max", "price_min", "price_max"] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

type Params = Record<string, string | string[] | undefined>
const first = (params: Params, key: string) => {
  const value = params[key]
  return (Array.isArray(value) ? value[0] : value) || undefined
}

/** Reads the URL into a state. Values are passed on as given: the backend validates them and says what is wrong. */
export function readSearchState(params: Params): SearchState {
  const sort = first(params, "sort")
  const page = Number(first(params, "page") ?? "1")
  const state: SearchState = {
    q: first(params, "q") ?? "",
    certified: first(params, "certified") === "1",
    sort: (SEARCH_SORTS as readonly string[]).includes(sort ?? "") ? (sort as SearchSort) : "relevance",
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  }
  for (const key of FILTER_KEYS) {
    const value = first(params, key)
    if (value) state[key] = value
  }
  return state
}

/** The query string of a state, leaving defaults out so URLs stay short and canonical. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams()
  if (state.q) params.set("q", state.q)
  for (const key of FILTER_KEYS) if (state[key]) params.set(key, state[key]!)
  if (state.certified) params.set("certified", "1")
  if (state.sort !== "relevance") params.set("sort", state.sort)
  if (state.page > 1) params.set("page", String(state.page))
  const s = params.toString()
  return s ? `?${s}` : ""
}

/** The state after changing some values; any change of filters goes back to page 1. */
export function withChange(state: SearchState, change: Partial<SearchState>): SearchState {
  return { ...state, page: 1, ...change }
}
