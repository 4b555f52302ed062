import { describe, expect, it } from "vitest"
import { listingViewKey, listingViewOf, readListingViewKey } from "./listing-view"

const keyOf = (query: string) => listingViewKey(listingViewOf(new URLSearchParams(query)))

describe("listing views", () => {
  it("gives the default listing one key whatever else the query holds", () => {
    expect(keyOf("")).toBe("newest.1.0")
    expect(keyOf("utm_source=wechat&foo=bar")).toBe("newest.1.0")
    expect(keyOf("sort=nonsense&page=-3")).toBe("newest.1.0")
  })

  it("keeps sort, page, the certified filter and a category, and reads them back", () => {
    const key = keyOf("category=tea&sort=price_asc&page=2&certified=1")
    expect(key).toBe("price_asc.2.1.tea")
    expect(readListingViewKey(key)).toEqual({ sort: "price_asc", page: 2, certifiedOnly: true, category: "tea" })
  })

  it("drops a category that is not a handle and reads malformed keys as the default", () => {
    expect(keyOf("category=../../etc")).toBe("newest.1.0")
    expect(readListingViewKey("x.y.z.A B")).toEqual({ sort: "newest", page: 1, certifiedOnly: false })
  })
})
