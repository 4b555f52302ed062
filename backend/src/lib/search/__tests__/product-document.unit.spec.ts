import type { StandardBook } from "../../../workflows/certification/standard-book"
import { brandPath, toProductSearchDocument, type BrandNode, type ProductRow } from "../product-document"

const brands = new Map<string, BrandNode>([
  ["b1", { id: "b1", handle: "ankang-selenium-tea", name: "安康富硒茶", parent_id: null, name_en: "Ankang Selenium-rich Tea" }],
  ["b2", { id: "b2", handle: "ziyang-selenium-tea", name: "紫阳富硒茶", parent_id: "b1", name_en: "Ziyang Selenium-rich Tea" }],
])
const at = new Date("2026-11-29T00:00:00Z")
const standards: StandardBook = new Map([
  [
    "NY/T 600-2002",
    {
      id: "sstd_1", code: "NY/T 600-2002", edition: "2002", name_zh: "富硒茶", name_en: "Selenium-rich tea", source: "test", note: null,
      ranges: [{ id: "srng_1", category: "tea", min_mg_per_kg: 0.25, max_mg_per_kg: 4, containing_min_mg_per_kg: null, containing_max_mg_per_kg: null }],
    },
  ],
])
const certificate = {
  id: "cert_1", number: "AKSE-2026-0001", issuer: "安康市富硒产品研发中心", subject: "product", test_lab: null, tested_on: null,
  standard_code: "NY/T 600-2002", category: "tea", measured_mg_per_kg: 1.2,
  valid_from: "2026-01-01", valid_until: "2027-12-31T15:59:59.000Z", revoked_at: null, review_status: "approved",
}
const row = (change: Partial<ProductRow> = {}): ProductRow => ({
  id: "prod_1", handle: "ziyang-maojian-green-tea", title: "紫阳毛尖富硒绿茶", description: "汉江北岸的高山茶园", status: "published",
  thumbnail: null, created_at: "2026-11-01T00:00:00Z",
  metadata: { selenium_mg_per_kg: 1.2, county: "ziyang" },
  categories: [{ id: "cat_1", handle: "tea", name: "富硒茶" }],
  variants: [
    { manage_inventory: true, allow_backorder: false, prices: [{ amount: 128, currency_code: "cny" }, { amount: 20, currency_code: "usd" }], inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 3, reserved_quantity: 3 }] } }] },
    { manage_inventory: true, allow_backorder: false, prices: [{ amount: 228, currency_code: "cny" }], inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 5, reserved_quantity: 1 }] } }] },
  ],
  brand: { id: "b2", handle: "ziyang-selenium-tea", name: "紫阳富硒茶" },
  enterprise: { handle: "ziyang-selenium-tea-co", name: "紫阳富硒茶业有限公司", status: "active" },
  certificates: [certificate as never],
  ...change,
})

describe("product search document", () => {
  it("walks the brand tree from the regional brand down", () => {
    expect(brandPath("b2", brands)).toEqual(["ankang-selenium-tea", "ziyang-selenium-tea"])
  })

  it("maps a product to names, place, analysed Chinese, pinyin, prices in CNY, stock and the badge's validity", () => {
    const english = new Map<string, Record<string, string>>([["prod_1", { title: "Ziyang Maojian Selenium-rich Green Tea", description: "" }], ["cat_1", { name: "Selenium-rich tea" }]])
    const doc = toProductSearchDocument(row(), brands, english, standards, at)
    expect(doc).toMatchObject({
      title_en: "Ziyang Maojian Selenium-rich Green Tea",
      brand: "ziyang-selenium-tea",
      brand_path: ["ankang-selenium-tea", "ziyang-selenium-tea"],
      region: "ankang",
      county: "ziyang",
      categories: ["tea"],
      price_min: 128,
      price_max: 228,
      in_stock: true,
      selenium_mg_per_kg: 1.2,
      certified_until: "2027-12-31T15:59:59.000Z",
    })
    expect(doc.title_grams.startsWith("紫 阳 毛 尖")).toBe(true)
    expect(doc.pinyin.split(" ")).toEqual(expect.arrayContaining(["ziyang", "zy"]))
    expect(doc.place_names).toContain("紫阳县")
  })

  it("carries no badge when the enterprise is suspended, and no stock when everything is reserved", () => {
    const doc = toProductSearchDocument(
      row({
        enterprise: { handle: "x", name: "x", status: "suspended" },
        variants: [{ manage_inventory: true, allow_backorder: false, prices: [], inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 2, reserved_quantity: 2 }] } }] }],
      }),
      brands,
      new Map(),
      standards,
      at
    )
    expect(doc.certified_until).toBeUndefined()
    // The claim rule: no certification, no selenium figure to show or to count in a facet.
    expect(doc.selenium_mg_per_kg).toBeUndefined()
    expect(doc.in_stock).toBe(false)
    expect(doc.price_min).toBeUndefined()
  })
})
