import { describe, expect, it } from "vitest"
import { pageOfListing, type ListingEntry } from "./rules"
import { PRODUCT_SORTS } from "./vocabulary"

// 30 products created in three instants with a few equal prices and two unpriced ones,
// given in a shuffled order as a database without a tie-breaker might return them.
const entries: ListingEntry[] = Array.from({ length: 30 }, (_, i) => ({
  id: `prod_${String((i * 7) % 30).padStart(2, "0")}`,
  created_at: new Date(Date.UTC(2026, 0, 1 + (i % 3))).toISOString(),
  title: `p${i}`,
  price: i % 11 === 0 ? null : 10 + (i % 4) * 5,
}))

describe("pageOfListing", () => {
  for (const sort of PRODUCT_SORTS) {
    it(`shows every product exactly once across the pages sorted ${sort}`, () => {
      const seen: string[] = []
      const { pages } = pageOfListing(entries, sort, 1, 12)
      for (let page = 1; page <= pages; page++) {
        const reversed = [...entries].reverse() // another arrival order must give the same pages
        const a = pageOfListing(entries, sort, page, 12).entries.map((e) => e.id)
        expect(pageOfListing(reversed, sort, page, 12).entries.map((e) => e.id)).toEqual(a)
        seen.push(...a)
      }
      expect(seen.length).toBe(30)
      expect(new Set(seen).size).toBe(30)
    })
  }

  it("puts unpriced products last in both price orders", () => {
    for (const sort of ["price_asc", "price_desc"] as const) {
      const { entries: last } = pageOfListing(entries, sort, 3, 12)
      expect(last.slice(-3).every((e) => e.price === null)).toBe(true)
    }
  })
})
