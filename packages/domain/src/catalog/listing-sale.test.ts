import { describe, expect, it } from "vitest"
import { deleteListingProblem, listingSaleState } from "./listing-sale"

describe("listing sale state", () => {
  it("is offline whenever it was taken offline, on sale only when published", () => {
    expect(listingSaleState("published", null)).toBe("on_sale")
    expect(listingSaleState("published", "2026-12-07T10:00:00Z")).toBe("offline")
    expect(listingSaleState("proposed", new Date())).toBe("offline")
    expect(listingSaleState("draft", null)).toBe("not_published")
    expect(listingSaleState("rejected", undefined)).toBe("not_published")
  })

  it("refuses deleting a listing on sale, or one with units reserved by open orders", () => {
    expect(deleteListingProblem("on_sale")).toBe("listing_delete_on_sale")
    expect(deleteListingProblem("offline")).toBeNull()
    expect(deleteListingProblem("not_published")).toBeNull()
    expect(deleteListingProblem("offline", 2)).toBe("listing_delete_open_orders")
    expect(deleteListingProblem("on_sale", 2)).toBe("listing_delete_on_sale")
  })
})
