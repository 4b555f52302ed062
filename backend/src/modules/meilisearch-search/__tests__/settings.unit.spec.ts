import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SEARCH_SYNONYMS } from "@seleno/domain"
import { productSearchFields } from "../../../lib/search/product-fields"
import { indexDefinition } from "../../../lib/search/__tests__/index-definition"
import { meilisearchSettings, meilisearchSynonyms } from "../settings"

type Fields = Record<string, SearchTypes.SearchFieldDefinition>

function index(fields: Fields, settings: SearchTypes.SearchIndexSettings = {}): SearchTypes.ResolvedSearchIndexDefinition {
  return indexDefinition(fields, { settings })
}

function captureError(run: () => unknown): MedusaError {
  try {
    run()
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected the call to throw")
}

describe("meilisearchSettings", () => {
  it("orders searchable attributes by weight, keeping declaration order among equal weights", () => {
    const settings = meilisearchSettings(
      index({
        description: { type: "text", searchable: true },
        brand: { type: "text", searchable: { weight: 2 } },
        title: { type: "text", searchable: { weight: 3 } },
        place: { type: "text", searchable: { weight: 2 } },
        variants: { type: "object", array: true, fields: { sku: { type: "keyword", searchable: { weight: 5 } } } },
        handle: { type: "keyword" },
      }),
      []
    )

    expect(settings.searchableAttributes).toEqual(["variants.sku", "title", "brand", "place", "description"])
  })

  it("makes facetable fields filterable, lists sortable fields, and hides non-retrievable ones but never the primary key", () => {
    const settings = meilisearchSettings(
      index({
        id: { type: "keyword", retrievable: false },
        status: { type: "keyword", filterable: true },
        region: { type: "keyword", facetable: true },
        price: { type: "integer", sortable: true },
        grams: { type: "text", searchable: true, retrievable: false },
        hidden: { type: "object", retrievable: false, fields: { note: { type: "text" } } },
      }),
      []
    )

    expect(settings.filterableAttributes).toEqual(["status", "region"])
    expect(settings.sortableAttributes).toEqual(["price"])
    expect(settings.displayedAttributes).toEqual(["id", "status", "region", "price"])
  })

  it("maps typo tolerance and the distinct attribute, and lets provider options override last", () => {
    const settings = meilisearchSettings(
      index(
        { sku: { type: "keyword", filterable: true }, title: { type: "text", searchable: true } },
        {
          typo_tolerance: {
            enabled: true,
            min_word_size_for_one_typo: 4,
            min_word_size_for_two_typos: 8,
            disabled_on_attributes: ["sku"],
          },
          distinct_attribute: "sku",
          provider_options: { meilisearch: { rankingRules: ["sort", "words"], searchableAttributes: ["sku"] } },
        }
      ),
      []
    )

    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnAttributes: ["sku"],
    })
    expect(settings.distinctAttribute).toBe("sku")
    expect(settings.rankingRules).toEqual(["sort", "words"])
    expect(settings.searchableAttributes).toEqual(["sku"])
  })

  it("leaves typo tolerance and distinct unset when the definition does not mention them", () => {
    const settings = meilisearchSettings(index({ title: { type: "text", searchable: true } }), [])

    expect(settings).not.toHaveProperty("typoTolerance")
    expect(settings).not.toHaveProperty("distinctAttribute")
  })

  it("refuses two-typo words shorter than one-typo words", () => {
    const error = captureError(() =>
      meilisearchSettings(
        index({}, { typo_tolerance: { min_word_size_for_one_typo: 6, min_word_size_for_two_typos: 5 } }),
        []
      )
    )

    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toContain("min_word_size_for_two_typos (5)")
  })

  it("refuses settings that name undeclared fields", () => {
    expect(
      captureError(() => meilisearchSettings(index({}, { typo_tolerance: { disabled_on_attributes: ["sku"] } }), []))
        .message
    ).toContain('"sku", which is not a field of the index')
    expect(captureError(() => meilisearchSettings(index({}, { distinct_attribute: "group" }), [])).message).toContain(
      '"group", which is not a field of the index'
    )
  })

  it("refuses field types it cannot index rather than dropping them", () => {
    const error = captureError(() =>
      meilisearchSettings(index({ embedding: { type: "vector", dimensions: 3 } }), [])
    )

    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toContain('field "embedding" is of type "vector"')
  })

  it("refuses range facets on a field that is not numeric", () => {
    const error = captureError(() =>
      meilisearchSettings(index({ brand: { type: "keyword", facetable: { types: ["range"] } } }), [])
    )

    expect(error.message).toContain('field "brand" asks for range facets')
  })

  it("matches the product index generated from the shared field schema", () => {
    const settings = meilisearchSettings(
      index(productSearchFields.toFields(), {
        typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
      }),
      SEARCH_SYNONYMS
    )

    expect(settings).toMatchSnapshot()
  })
})

describe("meilisearchSynonyms", () => {
  it("maps every member of a group to all the others, lower-cased", () => {
    expect(meilisearchSynonyms([["脐橙", "Navel Orange"]])).toEqual({
      脐橙: ["navel orange"],
      "navel orange": ["脐橙"],
    })
  })

  it("merges groups sharing a member and ignores groups of one", () => {
    expect(
      meilisearchSynonyms([
        ["rice", "大米"],
        ["RICE", "稻米"],
        ["lonely"],
      ])
    ).toEqual({
      rice: ["大米", "稻米"],
      大米: ["rice"],
      稻米: ["rice"],
    })
  })
})
