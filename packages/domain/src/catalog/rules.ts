import type { ProductSort } from "./vocabulary"

/** What a listing sorts on: a product's id, creation time, title and lowest price (null: unpriced). */
export interface ListingEntry {
  id: string
  created_at?: string | Date | null
  title?: string | null
  price?: number | null
}

const time = (value: ListingEntry["created_at"]) => (value ? new Date(value).getTime() : 0)
const byId = (a: ListingEntry, b: ListingEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * A total order for a listing: the sort's own key, then the id. Without the id, products with
 * equal keys (the seed creates many at the same instant) swap places between page requests, so
 * one shows on two pages and another on none. Unpriced products go last in both price orders.
 */
export function compareListing(sort: ProductSort): (a: ListingEntry, b: ListingEntry) => number {
  return (a, b) => {
    if (sort === "newest") return time(b.created_at) - time(a.created_at) || byId(a, b)
    const pa = a.price ?? null
    const pb = b.price ?? null
    if (pa === null || pb === null) return (pa === null ? 1 : 0) - (pb === null ? 1 : 0) || byId(a, b)
    return (sort === "price_asc" ? pa - pb : pb - pa) || byId(a, b)
  }
}

/** One page (1-based) of the entries in the sort's total order, with the page count. */
export function pageOfListing<T extends ListingEntry>(entries: readonly T[], sort: ProductSort, page: number, size: number): { entries: T[]; pages: number } {
  const sorted = [...entries].sort(compareListing(sort))
  const start = (Math.max(1, Math.floor(page)) - 1) * size
  return { entries: sorted.slice(start, start + size), pages: Math.max(1, Math.ceil(sorted.length / size)) }
}
