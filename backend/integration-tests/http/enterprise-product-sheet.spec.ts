import { Modules } from "@medusajs/framework/utils"
import { gtinCheckDigit, parseCsv, PRODUCT_IMPORT_LIMITS, readProductSheet } from "@seleno/domain"
import ExcelJS from "exceljs"
import { approvedEnterprise, type Headers } from "../utils/enterprise"
import { seededSuite } from "../utils/suite"

const HEADER = "商品标识 handle,商品名称 title,英文名称 title_en,品牌 brand,类目 categories,硒含量(mg/kg) selenium_mg_per_kg,温层 temperature_class,规格 variant_title,SKU sku,条码(GTIN) gtin,价格(元) price_cny,库存 stock"

/** A GTIN-13 with a valid check digit that no other test uses. */
const freshGtin = (tail: number) => {
  const data12 = `0697125${String((Date.now() + tail) % 1_000_000).padStart(6, "0")}`.slice(-12)
  return data12 + gtinCheckDigit(data12)
}

function sheet(lines: string[], name = "products.csv"): FormData {
  const form = new FormData()
  form.append("file", new Blob(["\uFEFF" + [HEADER, ...lines].join("\r\n")], { type: "text/csv" }), name)
  return form
}

/** The first sheet of a workbook as rows of text (the app's own reader is not loaded outside Medusa). */
async function xlsxTable(bytes: ArrayBuffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes)
  const sheet = workbook.worksheets[0]!
  const table: string[][] = []
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    table.push(Array.from({ length: row.cellCount }, (_, c) => String(row.getCell(c + 1).value ?? "")))
  }
  return table
}

seededSuite("seleno_it_enterprise_product_sheet", ({ api, getContainer }) => {
  const TEA = { brandHandle: "ankang-selenium-tea", categoryHandles: ["tea"] }
  let serial = 0
  const enterprise = async () => approvedEnterprise(api, `sheet-${++serial}-${Date.now()}@sheet.example.com`, TEA)
  const productCount = async () => (await getContainer().resolve(Modules.PRODUCT).listAndCountProducts({}, { take: 1 }))[1]
  const post = (form: FormData, headers: Headers) => api.post("/enterprise/product-sheet", form, headers).catch((e: { response: { status: number; data: unknown } }) => e.response)

  it("imports every row as draft listings, exports them back (CSV and Excel) and refuses a second import of the same handles", async () => {
    const { headers } = await enterprise()
    const stamp = Date.now() % 100000
    const gtin = freshGtin(1)
    const rows = [
      `sheet-tea-${stamp},紫阳毛尖 ${stamp},Ziyang Maojian,ankang-selenium-tea,tea,0.3,ambient,250克,ZY-${stamp}-250,${gtin},88.5,40`,
      `sheet-tea-${stamp},,,,,,,500克,ZY-${stamp}-500,,"1,160",5`,
      `,平利绞股蓝 ${stamp},,ankang-selenium-tea,tea,,,100克,,,35,100`,
    ]
    const { status, data } = await post(sheet(rows), headers)
    expect(status).toBe(201)
    expect(data.created).toBe(2)
    const listed = (await api.get("/enterprise/products", headers)).data.products as {
      handle: string
      status: string
      title: string
      title_en: string | null
      selenium_mg_per_kg: number | null
      variants: { title: string; sku: string | null; gtin: string | null; price: number; stock: number }[]
    }[]
    const tea = listed.find((p) => p.handle === `sheet-tea-${stamp}`)!
    expect(tea).toMatchObject({ status: "draft", title: `紫阳毛尖 ${stamp}`, title_en: "Ziyang Maojian", selenium_mg_per_kg: 0.3 })
    expect(tea.variants.map((v) => [v.title, v.sku, v.gtin, v.price, v.stock]).sort()).toEqual([
      ["250克", `ZY-${stamp}-250`, gtin, 88.5, 40],
      ["500克", `ZY-${stamp}-500`, null, 1160, 5],
    ])
    expect(listed.find((p) => p.title === `平利绞股蓝 ${stamp}`)).toMatchObject({ status: "draft", handle: expect.stringMatching(/^ping-li-jiao-gu-lan/) })

    // Export: what the import made comes back in the same columns (product columns on every row).
    const raw = await api.get("/enterprise/product-sheet?format=csv", { ...headers, responseType: "arraybuffer" })
    expect(raw.headers["content-type"]).toMatch(/text\/csv/)
    // UTF-8 with a BOM, so that Excel shows the Chinese.
    expect([...new Uint8Array(raw.data as ArrayBuffer).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = { data: new TextDecoder("utf-8", { ignoreBOM: true }).decode(raw.data as ArrayBuffer) }
    const exported = readProductSheet(parseCsv(csv.data))
    expect(exported.problems).toEqual([])
    const back = exported.products.find((p) => p.cells.handle === `sheet-tea-${stamp}`)!
    expect(back.cells).toMatchObject({ title: `紫阳毛尖 ${stamp}`, title_en: "Ziyang Maojian", brand: "ankang-selenium-tea", categories: "tea", selenium_mg_per_kg: "0.3", temperature_class: "ambient" })
    expect(back.variants.map((v) => [v.cells.variant_title, v.cells.sku, v.cells.gtin, v.cells.price_cny, v.cells.stock]).sort()).toEqual([
      ["250克", `ZY-${stamp}-250`, gtin, "88.5", "40"],
      ["500克", `ZY-${stamp}-500`, "", "1160", "5"],
    ])
    const xlsx = await api.get("/enterprise/product-sheet?format=xlsx", { ...headers, responseType: "arraybuffer" })
    expect(xlsx.headers["content-type"]).toMatch(/spreadsheetml/)
    expect(await xlsxTable(xlsx.data as ArrayBuffer)).toEqual(parseCsv(csv.data as string))

    // Import creates only: the exported file again is refused, handle by handle, and nothing changes.
    const before = await productCount()
    const again = new FormData()
    again.append("file", new Blob([Buffer.from(xlsx.data as ArrayBuffer)]), "again.xlsx")
    const refused = await post(again, headers)
    expect(refused.status).toBe(400)
    expect(refused.data.code).toBe("product_import_invalid")
    expect(refused.data.problems).toEqual(expect.arrayContaining([expect.objectContaining({ row: 2, column: "handle", code: "import_handle_exists" })]))
    expect(await productCount()).toBe(before)
  })

  it("one bad row: nothing is imported and every problem is listed with its row and column", async () => {
    const { headers } = await enterprise()
    const stamp = Date.now() % 100000
    const bad = freshGtin(2).slice(0, -1) + ((Number(freshGtin(2).slice(-1)) + 1) % 10)
    const rows = [
      `,好茶 ${stamp},,ankang-selenium-tea,tea,,,250克,OK-${stamp},,88,10`,
      `,坏价格 ${stamp},,ankang-selenium-tea,tea,,,250克,,,-5,10`,
      `,坏条码 ${stamp},,ankang-selenium-tea,tea,,,250克,,${bad},9,1.5`,
      `,没授权 ${stamp},,ankang-selenium-tea,konjac,,,1袋,,,9,1`,
      `,无名类目 ${stamp},,no-such-brand,no-such-category,,boiling,1袋,OK-${stamp},,9,1`,
      // A row without handle and title continues the product above it; with a handle it is a new one.
      `missing-title-${stamp},,,ankang-selenium-tea,tea,,,1袋,,,9,1`,
    ]
    const before = await productCount()
    const { status, data } = await post(sheet(rows), headers)
    expect(status).toBe(400)
    expect(data.code).toBe("product_import_invalid")
    const problems = (data.problems as { row: number; column: string | null; code: string }[]).map((p) => `${p.row} ${p.column} ${p.code}`)
    expect(problems).toEqual(
      expect.arrayContaining([
        "3 price_cny import_value_invalid",
        "4 gtin import_value_invalid",
        "4 stock import_value_invalid",
        "5 brand import_brand_category_not_covered",
        "6 brand import_brand_unknown",
        "6 categories import_category_unknown",
        "6 temperature_class import_value_invalid",
        "6 sku import_value_repeated",
        "7 title import_value_missing",
      ])
    )
    expect(problems.filter((p) => p.startsWith("6 ")).length).toBe(4)
    expect(problems.some((p) => p.startsWith("2 "))).toBe(false)
    expect(await productCount()).toBe(before)
  })

  it("refuses a file over the row or byte limit as a whole, and a file that is not a sheet", async () => {
    const { headers } = await enterprise()
    const many = Array.from({ length: PRODUCT_IMPORT_LIMITS.maxRows + 1 }, (_, i) => `,茶 ${i},,ankang-selenium-tea,tea,,,1,,,1,1`)
    const rows = await post(sheet(many), headers)
    expect([rows.status, rows.data.code]).toEqual([400, "import_too_many_rows"])
    const big = new FormData()
    big.append("file", new Blob([Buffer.alloc(PRODUCT_IMPORT_LIMITS.maxBytes + 1, 0x41)]), "big.csv")
    const bytes = await post(big, headers)
    expect([bytes.status, bytes.data.code]).toEqual([413, "import_file_too_large"])
    const pdf = new FormData()
    pdf.append("file", new Blob([Buffer.from("%PDF-1.4")]), "x.pdf")
    expect((await post(pdf, headers)).data.code).toBe("import_file_type")
    const gbk = new FormData()
    gbk.append("file", new Blob([Buffer.from([0xc9, 0xcc, 0xc6, 0xb7])]), "gbk.csv")
    expect((await post(gbk, headers)).data.code).toBe("import_file_unreadable")
  })

  it("an enterprise exports only its own listings and cannot import over another's handle or SKU", async () => {
    const one = await enterprise()
    const two = await enterprise()
    const stamp = Date.now() % 100000
    expect((await post(sheet([`iso-${stamp},独家茶 ${stamp},,ankang-selenium-tea,tea,,,1,ISO-${stamp},,9,1`]), two.headers)).status).toBe(201)
    const exported = (await api.get("/enterprise/product-sheet", { ...one.headers, responseType: "text" })).data as string
    expect(exported).not.toContain(`iso-${stamp}`)
    expect(exported).not.toContain(`独家茶 ${stamp}`)
    const before = await productCount()
    const taken = await post(sheet([`iso-${stamp},冒名茶 ${stamp},,ankang-selenium-tea,tea,,,1,ISO-${stamp},,9,1`]), one.headers)
    expect(taken.status).toBe(400)
    expect((taken.data.problems as { column: string; code: string }[]).map((p) => `${p.column} ${p.code}`).sort()).toEqual(["handle import_value_taken", "sku import_value_taken"])
    expect(await productCount()).toBe(before)
    const ofTwo = (await api.get("/enterprise/products", two.headers)).data.products as { title: string }[]
    expect(ofTwo.map((p) => p.title)).toEqual([`独家茶 ${stamp}`])
  })
})
