import { buildIndexPlan } from "@medusajs/search-postgres/dist/utils"
import { indexDefinition } from "../../../lib/search/__tests__/index-definition"
import { PRODUCT_COVERING_KEYS } from "../../../lib/search/product-query"
import { productSearchFields } from "../../../lib/search/product-fields"
import { coveringIndexSql, typedColumns } from "../typed-columns"
import { typedWhere } from "../typed-query"

describe("typed filters", () => {
  const plan = buildIndexPlan(indexDefinition(productSearchFields.toFields(), { provider: "search-postgres-zh" }))
  const columns = typedColumns(plan)

  it("writes positive filters as bare comparisons, so an index on the column can answer them", () => {
    const where = typedWhere({ status: "published", region: "ankang", selenium_mg_per_kg: { $gte: 0.3 }, sales_channel_ids: { $overlaps: ["sc_1"] } }, columns)
    expect(where?.sql).toBe(`"f_status" = ? AND "f_region" = ? AND "f_selenium_mg_per_kg" >= ? AND "f_sales_channel_ids" && ARRAY[?]::text[]`)
    expect(where?.params).toEqual(["published", "ankang", 0.3, "sc_1"])
    expect(where?.sql).not.toContain("coalesce")
  })

  it("lets a missing field satisfy a negation, as Medusa's provider does", () => {
    expect(typedWhere({ county: { $ne: "ziyang" } }, columns)?.sql).toBe(`("f_county" = ?) IS NOT TRUE`)
    expect(typedWhere({ county: { $nin: ["a", "b"] } }, columns)?.sql).toBe(`(("f_county" = ? OR "f_county" = ?)) IS NOT TRUE`)
    expect(typedWhere({ $not: { brand: "x" } }, columns)?.sql).toBe(`("f_brand" = ?) IS NOT TRUE`)
  })
})

describe("covering index", () => {
  const plan = buildIndexPlan(indexDefinition(productSearchFields.toFields(), { provider: "search-postgres-zh" }))

  it("keys on the storefront's usual filters and carries every other typed column but the id", () => {
    const [sql] = coveringIndexSql("search_product", plan, PRODUCT_COVERING_KEYS)
    expect(sql).toMatch(/ON "search_product" \("f_status", "f_region", "f_county"\) INCLUDE \(/)
    for (const column of ["f_sales_channel_ids", "f_brand_path", "f_categories", "f_certified_until", "f_selenium_mg_per_kg", "f_price_min"]) {
      expect(sql).toContain(`"${column}"`)
    }
    expect(sql).not.toContain(`"f_id"`)
  })

  it("refuses keys that are not flat typed fields, naming them", () => {
    expect(() => coveringIndexSql("search_product", plan, ["categories"])).toThrow(/covering_index keys.*categories/)
    expect(() => coveringIndexSql("search_product", plan, ["no_such_field"])).toThrow(/no_such_field/)
  })
})
