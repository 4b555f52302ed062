import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { SearchResponse } from "meilisearch" with { "resolution-mode": "import" }
import { indexDefinition } from "../../../lib/search/__tests__/index-definition"
import {
  facetCountQueries,
  fromMeilisearchResult,
  quoteFilterString,
  toMeilisearchFilter,
  toMeilisearchSearchParams,
} from "../filters"

type Fields = Record<string, SearchTypes.SearchFieldDefinition>

const fields: Fields = {
  id: { type: "keyword", filterable: true },
  handle: { type: "keyword", filterable: true },
  title: { type: "text", searchable: { weight: 3 } },
  description: { type: "text", searchable: true },
  brand: { type: "keyword", facetable: true },
  categories: { type: "keyword", array: true, filterable: true, facetable: true },
  price: { type: "integer", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
  in_stock: { type: "boolean", filterable: true, facetable: true },
  certified_until: { type: "date", filterable: true, sortable: true, facetable: true },
  variants: { type: "object", array: true, fields: { sku: { type: "keyword", filterable: true } } },
  thumbnail: { type: "keyword" },
}

const index = indexDefinition(fields, { physical_name: "product_v3" })

function query(overrides: Partial<SearchTypes.ProviderSearchQuery> = {}): SearchTypes.ProviderSearchQuery {
  return { index, attributes_to_retrieve: ["title", "price"], ...overrides }
}

function captureError(run: () => unknown): MedusaError {
  try {
    run()
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected the call to throw")
}

function filter(filters: SearchTypes.SearchFilters): string | undefined {
  return toMeilisearchFilter(filters, fields)
}

describe("toMeilisearchFilter", () => {
  it("returns undefined when nothing filters, and ignores the lifted free-text q", () => {
    expect(toMeilisearchFilter(undefined, fields)).toBeUndefined()
    expect(filter({ q: "tea" })).toBeUndefined()
  })

  it("quotes strings, escaping backslashes before quotes", () => {
    expect(quoteFilterString('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"')
    expect(filter({ handle: 'a"b\\' })).toBe('handle = "a\\"b\\\\"')
  })

  it("reads arrays as IN and null as absence", () => {
    expect(filter({ handle: ["a", "b"] })).toBe('handle IN ["a", "b"]')
    expect(filter({ handle: null })).toBe("handle NOT EXISTS OR handle IS NULL")
    expect(filter({ handle: ["a", null] })).toBe('handle IN ["a"] OR (handle NOT EXISTS OR handle IS NULL)')
  })

  it("casts values to the field's type: numeric strings, booleans, and dates as epoch milliseconds", () => {
    expect(filter({ price: "12" })).toBe("price = 12")
    expect(filter({ in_stock: "true" })).toBe("in_stock = true")
    expect(filter({ certified_until: { $gt: new Date("2025-01-01T00:00:00Z") } })).toBe(
      `certified_until > ${Date.UTC(2025, 0, 1)}`
    )
    expect(filter({ certified_until: { $lte: "2025-01-01T00:00:00Z" } })).toBe(
      `certified_until <= ${Date.UTC(2025, 0, 1)}`
    )
  })

  it("translates every comparison and set operator", () => {
    expect(filter({ price: { $gte: 10, $lt: 20 } })).toBe("price >= 10 AND price < 20")
    expect(filter({ price: { $gt: 1, $lte: 2 } })).toBe("price > 1 AND price <= 2")
    expect(filter({ handle: { $ne: "x" } })).toBe('handle != "x"')
    expect(filter({ handle: { $ne: null } })).toBe("handle EXISTS AND handle IS NOT NULL")
    expect(filter({ handle: { $in: ["a"] } })).toBe('handle IN ["a"]')
    expect(filter({ handle: { $nin: ["a", "b"] } })).toBe('NOT handle IN ["a", "b"]')
    expect(filter({ handle: { $exists: true } })).toBe("handle EXISTS AND handle IS NOT NULL")
    expect(filter({ handle: { $exists: false } })).toBe("handle NOT EXISTS OR handle IS NULL")
  })

  it("treats $contains as all-of and $overlaps as any-of on array fields only", () => {
    expect(filter({ categories: { $contains: ["tea", "gift"] } })).toBe('categories = "tea" AND categories = "gift"')
    expect(filter({ categories: { $contains: "tea" } })).toBe('categories = "tea"')
    expect(filter({ categories: { $overlaps: ["tea", "gift"] } })).toBe('categories IN ["tea", "gift"]')
    expect(captureError(() => filter({ handle: { $contains: "a" } })).message).toContain("needs an array field")
  })

  it("nests $and, $or and $not with parentheses that keep precedence", () => {
    expect(
      filter({
        in_stock: true,
        $or: [{ brand: "ziyang" }, { $and: [{ price: { $lt: 10 } }, { categories: "tea" }] }],
        $not: { handle: "old" },
      })
    ).toBe('in_stock = true AND (brand = "ziyang" OR (price < 10 AND categories = "tea")) AND NOT (handle = "old")')
  })

  it("accepts nested objects as dotted paths into object fields", () => {
    expect(filter({ variants: { sku: "SKU-1" } })).toBe('variants.sku = "SKU-1"')
    expect(filter({ "variants.sku": { $in: ["A", "B"] } })).toBe('variants.sku IN ["A", "B"]')
  })

  it("quotes string values even when they look like keywords or parentheses", () => {
    expect(filter({ handle: "x) OR (id EXISTS" })).toBe('handle = "x) OR (id EXISTS"')
  })

  it.each(["$prefix", "$like"])("refuses %s, since Meilisearch has no substring filter", (operator) => {
    const error = captureError(() => filter({ handle: { [operator]: "ab" } }))

    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toContain("Meilisearch has no substring filter")
  })

  it("refuses unknown fields, fields not filterable, unknown operators and misplaced comparisons", () => {
    expect(captureError(() => filter({ colour: "red" })).message).toContain('"colour": the index declares no such field')
    expect(captureError(() => filter({ thumbnail: "a.png" })).message).toContain("Declare it with .filterable()")
    expect(captureError(() => filter({ handle: { $regex: "a" } })).message).toContain('Unknown filter operator "$regex"')
    expect(captureError(() => filter({ $nor: [] })).message).toContain('Unknown filter operator "$nor"')
    expect(captureError(() => filter({ handle: { $gt: "a" } })).message).toContain("compares numbers only")
    expect(captureError(() => filter({ price: "cheap" })).message).toContain("but the field is numeric")
    expect(captureError(() => filter({ handle: {} })).message).toContain("empty object")
    for (const error of [captureError(() => filter({ colour: "red" })), captureError(() => filter({ price: "x" }))]) {
      expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    }
  })
})

describe("toMeilisearchSearchParams", () => {
  it("builds the query on the physical index with the primary key always retrieved", () => {
    expect(
      toMeilisearchSearchParams(query({ q: "  tea ", filters: { in_stock: true }, pagination: { skip: 40, take: 20 } }))
    ).toEqual({
      indexUid: "product_v3",
      q: "tea",
      filter: "in_stock = true",
      offset: 40,
      limit: 20,
      attributesToRetrieve: ["title", "price", "id"],
    })
  })

  it("sorts by the ordered fields, treating a leading _score as the engine's relevance", () => {
    expect(toMeilisearchSearchParams(query({ pagination: { order: { price: "ASC", certified_until: "DESC" } } })).sort)
      .toEqual(["price:asc", "certified_until:desc"])
    expect(toMeilisearchSearchParams(query({ pagination: { order: { _score: "DESC", price: "DESC" } } })).sort)
      .toEqual(["price:desc"])
    expect(toMeilisearchSearchParams(query({ pagination: { order: { _score: "DESC" } } }))).not.toHaveProperty("sort")
  })

  it("refuses sorts it cannot honour", () => {
    expect(captureError(() => toMeilisearchSearchParams(query({ pagination: { order: { price: "ASC", _score: "DESC" } } })))
      .message).toContain('"_score" must be the first key')
    expect(captureError(() => toMeilisearchSearchParams(query({ pagination: { order: { _score: "ASC" } } }))).type)
      .toBe(MedusaError.Types.INVALID_DATA)
    expect(captureError(() => toMeilisearchSearchParams(query({ pagination: { order: { colour: "ASC" } } }))).message)
      .toContain('Cannot sort by "colour": index "product" declares no such field')
    expect(captureError(() => toMeilisearchSearchParams(query({ pagination: { order: { handle: "ASC" } } }))).message)
      .toContain("Declare it with .sortable()")
  })

  it("asks for value and stats facets, leaving ranges to separate count queries", () => {
    const params = toMeilisearchSearchParams(
      query({
        search_options: {
          facets: ["brand", { field: "categories", limit: 3 }, { field: "price", type: "range", ranges: [{ to: 10 }] }, { field: "price", type: "stats" }],
        },
      })
    )

    expect(params.facets).toEqual(["brand", "categories", "price"])
  })

  it("refuses facets on unknown fields or of a type the field does not allow", () => {
    expect(captureError(() => toMeilisearchSearchParams(query({ search_options: { facets: ["colour"] } }))).message)
      .toContain('Cannot facet on "colour"')
    const error = captureError(() => toMeilisearchSearchParams(query({ search_options: { facets: ["price"] } })))
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toContain('value facet on "price": the field allows range, stats facets')
  })

  it("maps highlight, snippets, scores, thresholds, strategies and searched attributes", () => {
    const params = toMeilisearchSearchParams(
      query({
        q: "tea",
        search_options: {
          highlight: { fields: ["title"], pre_tag: "<b>", snippet: { length: 12 } },
          include_score: true,
          min_score: 0.4,
          match_strategy: "any",
          attributes_to_search_on: ["title"],
          locales: ["zho"],
          distinct: "brand",
          provider_options: { meilisearch: { showMatchesPosition: true } },
        },
      })
    )

    expect(params).toMatchObject({
      attributesToHighlight: ["title"],
      highlightPreTag: "<b>",
      highlightPostTag: "</mark>",
      attributesToCrop: ["title"],
      cropLength: 12,
      showRankingScore: true,
      rankingScoreThreshold: 0.4,
      matchingStrategy: "frequency",
      attributesToSearchOn: ["title"],
      locales: ["zho"],
      distinct: "brand",
      showMatchesPosition: true,
    })
  })

  it("highlights every searched field by default, and nothing without a free-text query", () => {
    expect(toMeilisearchSearchParams(query({ q: "tea", search_options: { highlight: true } })).attributesToHighlight)
      .toEqual(["title", "description"])
    expect(toMeilisearchSearchParams(query({ search_options: { highlight: true } }))).not.toHaveProperty(
      "attributesToHighlight"
    )
  })

  it("maps typeahead to all, since Meilisearch always matches the last term as a prefix", () => {
    expect(toMeilisearchSearchParams(query({ q: "te", search_options: { match_strategy: "last" } })).matchingStrategy)
      .toBe("all")
    expect(toMeilisearchSearchParams(query({ q: "te", search_options: { match_strategy: "all" } })).matchingStrategy)
      .toBe("all")
  })

  it("counts exactly through page-based pagination when skip is a multiple of take", () => {
    const params = toMeilisearchSearchParams(query({ pagination: { skip: 40, take: 20 }, search_options: { count: "exact" } }))

    expect(params).toMatchObject({ page: 3, hitsPerPage: 20 })
    expect(params).not.toHaveProperty("offset")
    expect(
      captureError(() => toMeilisearchSearchParams(query({ pagination: { skip: 5, take: 20 }, search_options: { count: "exact" } })))
        .message
    ).toContain("multiple of take")
  })

  it("refuses options Meilisearch cannot honour", () => {
    const refused: Partial<SearchTypes.ProviderSearchQuery>[] = [
      { pagination: { cursor: "abc" } },
      { search_options: { vector: { value: [1, 2] } } },
      { q: "tea", search_options: { typo_tolerance: false } },
      { search_options: { min_score: 3 } },
      { search_options: { attributes_to_search_on: ["handle"] } },
      { search_options: { distinct: "thumbnail" } },
    ]
    for (const overrides of refused) {
      expect(captureError(() => toMeilisearchSearchParams(query(overrides))).type).toBe(MedusaError.Types.INVALID_DATA)
    }
  })
})

describe("facetCountQueries", () => {
  it("asks one exhaustive count per range, inside the query's own filter", () => {
    const counts = facetCountQueries(
      query({
        q: "tea",
        filters: { $or: [{ brand: "a" }, { brand: "b" }] },
        search_options: {
          facets: [
            { field: "price", type: "range", ranges: [{ key: "cheap", to: 10 }, { from: 10, to: 50 }, { from: "50" }] },
            { field: "certified_until", type: "range", ranges: [{ from: "2025-01-01T00:00:00Z" }] },
          ],
        },
      })
    )

    expect(counts.map(({ field, query }) => ({ field, filter: query.filter, page: query.page, hitsPerPage: query.hitsPerPage, q: query.q })))
      .toEqual([
        { field: "price", filter: '(brand = "a" OR brand = "b") AND price < 10', page: 1, hitsPerPage: 0, q: "tea" },
        { field: "price", filter: '(brand = "a" OR brand = "b") AND price >= 10 AND price < 50', page: 1, hitsPerPage: 0, q: "tea" },
        { field: "price", filter: '(brand = "a" OR brand = "b") AND price >= 50', page: 1, hitsPerPage: 0, q: "tea" },
        { field: "certified_until", filter: `(brand = "a" OR brand = "b") AND certified_until >= ${Date.UTC(2025, 0, 1)}`, page: 1, hitsPerPage: 0, q: "tea" },
      ])
  })

  it("counts the documents holding a stats field, and asks nothing for value facets", () => {
    expect(facetCountQueries(query({ search_options: { facets: [{ field: "price", type: "stats" }] } })).map((c) => c.query.filter))
      .toEqual(["(price EXISTS AND price IS NOT NULL)"])
    expect(facetCountQueries(query({ search_options: { facets: ["brand"] } }))).toEqual([])
  })
})

describe("fromMeilisearchResult", () => {
  const response: SearchResponse = {
    hits: [
      {
        id: "prod_1",
        title: "Ziyang tea",
        price: 30,
        certified_until: Date.UTC(2026, 0, 1),
        _rankingScore: 0.91,
        _formatted: { id: "prod_1", title: "Ziyang <mark>tea</mark>", description: "green" },
      },
    ],
    processingTimeMs: 3,
    query: "tea",
    offset: 0,
    limit: 20,
    estimatedTotalHits: 57,
    facetDistribution: {
      brand: { ankang: 2, ziyang: 9, langao: 5, hanyin: 5 },
      price: { "30": 1 },
    },
    facetStats: { price: { min: 12, max: 88 } },
  }

  it("maps hits with their id, score, retrieved document and highlights", () => {
    const result = fromMeilisearchResult(
      response,
      query({
        q: "tea",
        attributes_to_retrieve: ["title", "price", "certified_until"],
        search_options: { include_score: true, highlight: { fields: ["title", "description"] } },
      })
    )

    expect(result.hits).toEqual([
      {
        id: "prod_1",
        score: 0.91,
        document: { title: "Ziyang tea", price: 30, certified_until: "2026-01-01T00:00:00.000Z" },
        highlights: { title: ["Ziyang <mark>tea</mark>"] },
      },
    ])
    expect(result.metadata).toEqual({ skip: 0, take: 20, count: 57, query: "tea", processing_time_ms: 3 })
  })

  it("leaves the score out unless asked, and the count null when no count was wanted", () => {
    const result = fromMeilisearchResult(response, query({ search_options: { count: "none" } }))

    expect(result.hits[0]).not.toHaveProperty("score")
    expect(result.hits[0]).not.toHaveProperty("highlights")
    expect(result.metadata.count).toBeNull()
  })

  it("sorts value facets by count then value, honouring limit, alpha order and the value query", () => {
    const facets = (request: SearchTypes.SearchFacetRequest) =>
      fromMeilisearchResult(response, query({ search_options: { facets: [request] } })).facets?.brand

    expect(facets({ field: "brand", limit: 3 })).toEqual({
      type: "value",
      values: [
        { value: "ziyang", count: 9 },
        { value: "hanyin", count: 5 },
        { value: "langao", count: 5 },
      ],
    })
    expect(facets({ field: "brand", sort: "alpha", limit: 2 })).toEqual({
      type: "value",
      values: [
        { value: "ankang", count: 2 },
        { value: "hanyin", count: 5 },
      ],
    })
    expect(facets({ field: "brand", query: "ANG" })).toEqual({
      type: "value",
      values: [
        { value: "ziyang", count: 9 },
        { value: "langao", count: 5 },
        { value: "ankang", count: 2 },
      ],
    })
  })

  it("fills range facets from the count queries and stats from facetStats", () => {
    const input = query({
      search_options: {
        facets: [
          { field: "price", type: "range", ranges: [{ key: "cheap", to: 20 }, { from: 20 }] },
          { field: "certified_until", type: "range", ranges: [{ from: "2025-01-01" }] },
        ],
      },
    })
    const statsInput = query({ search_options: { facets: [{ field: "price", type: "stats" }] } })

    expect(fromMeilisearchResult(response, input, [{ totalHits: 4 }, { totalHits: 53 }, { totalHits: 7 }]).facets).toEqual({
      price: {
        type: "range",
        ranges: [
          { key: "cheap", to: 20, count: 4 },
          { key: "20-*", from: 20, count: 53 },
        ],
      },
      certified_until: { type: "range", ranges: [{ key: "2025-01-01-*", from: "2025-01-01", count: 7 }] },
    })
    expect(fromMeilisearchResult(response, statsInput, [{ totalHits: 50 }]).facets).toEqual({
      price: { type: "stats", min: 12, max: 88, count: 50 },
    })
  })
})
