import { describe, expect, it } from "vitest"
import { parseCsv, readProductSheet, sheetBoolean, sheetCategories, sheetCellOfField, sheetColumnOf, sheetHeaderOf, sheetNumber, sortImportProblems } from "./product-sheet"

const header = ["商品标识 handle", "商品名称 title", "品牌 brand", "类目 categories", "规格 variant_title", "价格(元) price_cny", "库存 stock"]

describe("product sheet", () => {
  it("reads headers as export writes them, by key or by Chinese label", () => {
    expect(sheetColumnOf(sheetHeaderOf("price_cny"))).toBe("price_cny")
    expect(sheetColumnOf("price_cny")).toBe("price_cny")
    expect(sheetColumnOf("价格(元)")).toBe("price_cny")
    expect(sheetColumnOf("\uFEFF商品标识 handle")).toBe("handle")
    expect(sheetColumnOf("颜色")).toBeNull()
  })

  it("groups rows by handle into products with variants, numbering rows as the spreadsheet does", () => {
    const { products, problems } = readProductSheet([
      header,
      ["tea-a", "紫阳毛尖", "ankang-tea", "tea", "250g", "88", "10"],
      ["tea-a", "", "", "", "500g", "160", "5"],
      ["", "", "", "", "", "", ""],
      ["", "汉阴大米", "hanyin-rice", "rice|grain", "5kg", "59.9", "20"],
    ])
    expect(problems).toEqual([])
    expect(products.map((p) => [p.row, p.cells.title, p.variants.map((v) => v.row)])).toEqual([
      [2, "紫阳毛尖", [2, 3]],
      [5, "汉阴大米", [5]],
    ])
  })

  it("flags a later row whose product column disagrees with the first row of its product", () => {
    const { problems } = readProductSheet([header, ["tea-a", "紫阳毛尖", "ankang-tea", "tea", "250g", "88", "10"], ["tea-a", "别的名字", "", "", "500g", "160", "5"]])
    expect(problems).toEqual([{ row: 3, column: "title", code: "import_value_differs", params: { first_row: 2 } }])
  })

  it("refuses a header without a required column or with an unknown one", () => {
    const { products, problems } = readProductSheet([["title", "颜色", "brand", "categories", "variant_title", "stock"]])
    expect(products).toEqual([])
    expect(problems).toEqual([
      { row: 1, column: null, code: "import_column_unknown", params: { header: "颜色" } },
      { row: 1, column: "price_cny", code: "import_column_missing" },
    ])
  })

  it("reads numbers, yes/no and categories, keeping the text when it is not one", () => {
    expect(sheetNumber("¥1,299.50")).toBe(1299.5)
    expect(sheetNumber("")).toBeUndefined()
    expect(sheetNumber("十元")).toBe("十元")
    expect(sheetBoolean("是")).toBe(true)
    expect(sheetBoolean("FALSE")).toBe(false)
    expect(sheetBoolean("maybe")).toBe("maybe")
    expect(sheetCategories("tea| rice、grain")).toEqual(["tea", "rice", "grain"])
  })

  it("places a validator's field path on the right row and column", () => {
    const { products } = readProductSheet([header, ["a", "甲", "b", "tea", "1", "1", "1"], ["a", "", "", "", "2", "x", "1"]])
    expect(sheetCellOfField(products[0]!, ["variants", 1, "price"])).toEqual({ row: 3, column: "price_cny" })
    expect(sheetCellOfField(products[0]!, ["brand_id"])).toEqual({ row: 2, column: "brand" })
    expect(sheetCellOfField(products[0]!, ["title"])).toEqual({ row: 2, column: "title" })
  })

  it("parses CSV with a BOM, quotes, commas and line breaks in fields, and strips the formula guard", () => {
    const rows = parseCsv('\uFEFFa,b\r\n"x, ""y""","line1\nline2"\r\n\'=1+1,z\r\n')
    expect(rows).toEqual([["a", "b"], ['x, "y"', "line1\nline2"], ["'=1+1", "z"]])
    const { products } = readProductSheet([header, ["h", "'=1+1", "b", "tea", "1", "1", "1"]])
    expect(products[0]!.cells.title).toBe("=1+1")
  })

  it("sorts problems by row then column order", () => {
    const sorted = sortImportProblems([
      { row: 3, column: "stock", code: "import_value_invalid" },
      { row: 2, column: "price_cny", code: "import_value_invalid" },
      { row: 3, column: "title", code: "import_value_missing" },
    ])
    expect(sorted.map((p) => `${p.row}:${p.column}`)).toEqual(["2:price_cny", "3:title", "3:stock"])
  })
})
