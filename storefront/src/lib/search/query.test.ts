import { describe, expect, it } from "vitest"
import { readSearchState, searchQueryString, withChange } from "./query"

describe("search state in the URL", () => {
  it("round-trips a search with filters, leaving defaults out", () => {
    const state = readSearchState({ q: "ziyang", county: "ziyang", certified: "1", se_min: "0.3", sort: "price_asc", page: "2" })
    expect(searchQueryString(state)).toBe("?q=ziyang&county=ziyang&se_min=0.3&certified=1&sort=price_asc&page=2")
    expect(readSearchState(Object.fromEntries(new URLSearchParams(searchQueryString(state).slice(1))))).toEqual(state)
  })

  it("falls back to relevance and page 1 for unknown values, and goes back to page 1 on a change", () => {
    const state = readSearchState({ q: "茶", sort: "cheapest", page: "-3" })
    expect([state.sort, state.page]).toEqual(["relevance", 1])
    expect(withChange({ ...state, page: 4 }, { brand: "ziyang-selenium-tea" }).page).toBe(1)
  })
})
