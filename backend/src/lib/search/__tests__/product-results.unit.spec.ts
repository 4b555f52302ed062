import { brandFacetTree, certifiedFirstAmongTies, toProductHit } from "../product-results"
import { productSearchQuery } from "../product-query"

const at = new Date("2026-11-29T00:00:00Z")
const hit = (id: string, score: number, certifiedUntil?: string) => ({ id, score, document: { certified_until: certifiedUntil } })

describe("certified first among ties", () => {
  it("moves a certified hit ahead only within a run of near-equal scores", () => {
    const hits = [hit("a", 2.0), hit("b", 1.99, "2027-01-01"), hit("c", 1.5, "2027-01-01"), hit("d", 1.0)]
    expect(certifiedFirstAmongTies(hits, at).map((h) => h.id)).toEqual(["b", "a", "c", "d"])
  })

  it("does not treat a lapsed badge as certified", () => {
    const hits = [hit("a", 2.0), hit("b", 2.0, "2026-01-01")]
    expect(certifiedFirstAmongTies(hits, at).map((h) => h.id)).toEqual(["a", "b"])
  })

  it("keeps the engine's order when scores are far apart or absent", () => {
    const hits = [hit("a", 3), hit("b", 1, "2027-01-01")]
    expect(certifiedFirstAmongTies(hits, at).map((h) => h.id)).toEqual(["a", "b"])
    const unscored = [{ id: "x", document: {} }, { id: "y", document: { certified_until: "2027-01-01" } }]
    expect(certifiedFirstAmongTies(unscored, at).map((h) => h.id)).toEqual(["x", "y"])
  })
})

describe("product hit", () => {
  it("shows the selenium content only while the badge holds", () => {
    const doc = (until?: string) => ({ id: "p", score: 1, document: { handle: "p", title: "茶", selenium_mg_per_kg: 1.2, certified_until: until } })
    expect(toProductHit(doc("2027-01-01") as never, false, at)).toMatchObject({ certified: true, selenium_mg_per_kg: 1.2 })
    expect(toProductHit(doc("2026-01-01") as never, false, at)).toMatchObject({ certified: false, selenium_mg_per_kg: null })
  })
})

describe("brand facet tree", () => {
  it("nests counted brands under their parents, largest first, and drops brands with no hits", () => {
    const tree = brandFacetTree(
      [{ value: "ankang-selenium-tea", count: 5 }, { value: "ziyang-selenium-tea", count: 2 }, { value: "gannan-selenium", count: 7 }],
      [
        { handle: "ankang-selenium-tea", name: "安康富硒茶", parent_handle: null },
        { handle: "ziyang-selenium-tea", name: "紫阳富硒茶", parent_handle: "ankang-selenium-tea" },
        { handle: "langao-konjac", name: "岚皋魔芋", parent_handle: null },
        { handle: "gannan-selenium", name: "赣南富硒", parent_handle: null },
      ]
    )
    expect(tree.map((b) => [b.handle, b.count, b.children.map((c) => c.handle)])).toEqual([
      ["gannan-selenium", 7, []],
      ["ankang-selenium-tea", 5, ["ziyang-selenium-tea"]],
    ])
  })
})

describe("product search query", () => {
  const base = { sort: "relevance" as const, page: 2, limit: 12 }

  it("translates storefront filters into the index's fields, certified compared with the time of the query", () => {
    const query = productSearchQuery({ ...base, q: "紫阳", brand: "ankang-selenium-tea", certified: true, se_min: 0.3, price_max: 100 }, ["sc_1"], at)
    expect(query.filters).toEqual({
      status: "published",
      sales_channel_ids: { $overlaps: ["sc_1"] },
      q: "紫阳",
      brand_path: "ankang-selenium-tea",
      certified_until: { $gt: at.getTime() },
      selenium_mg_per_kg: { $gte: 0.3 },
      price_min: { $lt: 100 },
    })
    expect(query.pagination).toEqual({ skip: 12, take: 12, order: { _score: "DESC", certified_until: "DESC", created_at: "DESC" } })
    expect(query.search_options?.disjunctive_facets).toBe(true)
  })

  it("matches a selenium band only among products certified now (the claim rule)", () => {
    const query = productSearchQuery({ ...base, se_min: 0.1, se_max: 0.3 }, ["sc_1"], at)
    expect(query.filters).toMatchObject({ certified_until: { $gt: at.getTime() }, selenium_mg_per_kg: { $gte: 0.1, $lt: 0.3 } })
    expect(productSearchQuery(base, ["sc_1"], at).filters?.certified_until).toBeUndefined()
  })

  it("sorts by price or newest when asked, and without a query lists certified products first", () => {
    expect(productSearchQuery({ ...base, sort: "price_asc" }, [], at).pagination?.order).toEqual({ price_min: "ASC", created_at: "DESC" })
    expect(productSearchQuery({ ...base, sort: "newest" }, [], at).pagination?.order).toEqual({ created_at: "DESC" })
    expect(productSearchQuery(base, [], at).pagination?.order).toEqual({ certified_until: "DESC", created_at: "DESC" })
  })
})
