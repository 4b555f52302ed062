import { buildIndexPlan } from "@medusajs/search-postgres/dist/utils"
import { indexDefinition } from "../../../lib/search/__tests__/index-definition"
import { productSearchFields } from "../../../lib/search/product-fields"
import { leanIndexedTriggerSql, matchOnlyFields } from "../lean-index"

describe("lean indexed column", () => {
  const plan = buildIndexPlan(indexDefinition(productSearchFields.toFields(), { provider: "search-postgres-zh" }))

  it("drops the fields that are only matched as text and keeps every filter, sort and facet", () => {
    const dropped = matchOnlyFields(plan)
    expect(dropped).toEqual(expect.arrayContaining(["title_grams", "pinyin", "description", "description_en", "synonyms", "thumbnail"]))
    for (const kept of ["id", "status", "sales_channel_ids", "brand_path", "county", "categories", "certified_until", "price_min", "created_at"]) {
      expect(dropped).not.toContain(kept)
    }
  })

  it("quotes field names into the trigger, so a quote in a name cannot break out of the literal", () => {
    const [fn] = leanIndexedTriggerSql("search_product", ["title", "it's"])
    expect(fn).toContain(`ARRAY['title', 'it''s']::text[]`)
  })
})
