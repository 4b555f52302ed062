/**
 * The bands search offers as facets. The backend counts products per band and the storefront
 * turns each band into a filter link, so both read them from here. Bounds: [from, to).
 */
export interface SearchBand {
  key: string
  from: number
  /** Exclusive; absent for the open top band. */
  to?: number
}

/** Selenium content, mg/kg. */
export const SELENIUM_SEARCH_BANDS: readonly SearchBand[] = [
  { key: "0-0.1", from: 0, to: 0.1 },
  { key: "0.1-0.3", from: 0.1, to: 0.3 },
  { key: "0.3-1", from: 0.3, to: 1 },
  { key: "1+", from: 1 },
]

/** Lowest variant price, CNY. */
export const PRICE_SEARCH_BANDS: readonly SearchBand[] = [
  { key: "0-50", from: 0, to: 50 },
  { key: "50-100", from: 50, to: 100 },
  { key: "100-200", from: 100, to: 200 },
  { key: "200+", from: 200 },
]
