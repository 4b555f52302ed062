import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  PRODUCT_FACT_KEYS,
  PRODUCT_IMPORT_LIMITS,
  PRODUCT_SHEET_COLUMN_KEYS,
  parseCsv,
  readProductSheet,
  sheetBoolean,
  sheetCategories,
  sheetCellOfField,
  sheetHeaderOf,
  sheetNumber,
  sortImportProblems,
  CATEGORY_SEPARATOR,
  type ProductImportFileProblemCode,
  type ProductImportProblem,
  type ProductSheetColumn,
  type SheetProduct,
} from "@seleno/domain"
import ExcelJS from "exceljs"
import { EnterpriseCreateProduct } from "../../api/enterprise/products/validators"
import { codedError } from "../../lib/coded-error"
import { BRAND_MODULE } from "../../modules/brand"
import type BrandModuleService from "../../modules/brand/service"
import { csvField } from "../../lib/settlement-csv"
import { PRODUCT_HANDLING_MODULE } from "../../modules/product-handling"
import type ProductHandlingModuleService from "../../modules/product-handling/service"
import type { EnterpriseListingInput } from "./create-enterprise-product"
import { brandAuthorizationsOf, brandChoiceReason } from "./listing-rules"
import { listEnterpriseListings, ownProductIds, type EnterpriseListing } from "./own-products"

/** A refusal of the whole file (before any row is checked). */
export function fileProblem(code: ProductImportFileProblemCode, message: string, params: Record<string, string | number> = {}) {
  return codedError({ code, params, message })
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
export const SHEET_TYPES = { csv: "text/csv; charset=utf-8", xlsx: XLSX_TYPE } as const

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ""
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("")
    if ("text" in value) return String(value.text)
    if ("result" in value) return value.result === undefined || value.result === null ? "" : String(value.result)
    return ""
  }
  return String(value)
}

/** The file's first sheet as rows of cells: an .xlsx workbook (by its zip signature) or UTF-8 CSV. */
export async function readSheetFile(file: { buffer: Buffer; originalname: string }): Promise<string[][]> {
  const isZip = file.buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
  const name = file.originalname.toLowerCase()
  if (isZip || name.endsWith(".xlsx")) {
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(file.buffer as unknown as ArrayBuffer)
    } catch {
      throw fileProblem("import_file_unreadable", "file: the workbook cannot be read; save it as .xlsx or CSV (UTF-8)")
    }
    const sheet = workbook.worksheets[0]
    if (!sheet) throw fileProblem("import_no_rows", "file: the workbook has no sheet")
    const table: string[][] = []
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r)
      const cells: string[] = []
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value))
      table.push(cells)
    }
    return table
  }
  if (!name.endsWith(".csv") && !name.endsWith(".txt")) throw fileProblem("import_file_type", "file: send a .csv (UTF-8) or .xlsx file")
  const text = new TextDecoder("utf-8", { fatal: false }).decode(file.buffer)
  // A GBK file decoded as UTF-8 turns its Chinese into replacement characters.
  if (text.includes("\uFFFD")) throw fileProblem("import_file_unreadable", "file: the CSV is not UTF-8; save it as \"CSV UTF-8\"")
  return parseCsv(text)
}

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

type Body = Record<string, unknown> & { variants: Record<string, unknown>[] }

const defined = (entries: Record<string, unknown>) => Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined && v !== ""))

function valueAt(body: Body, path: readonly PropertyKey[]): unknown {
  let at: unknown = body
  for (const key of path) at = at && typeof at === "object" ? (at as Record<PropertyKey, unknown>)[key] : undefined
  return at
}

/**
 * Checks every row of an import with the rules of a single new listing: the listing validator
 * (EnterpriseCreateProduct: titles, price in yuan, stock, SKU, GTIN check digit, facts, temperature
 * class), the brand authorization rule (brandChoiceReason), categories, and what must be unique in
 * the store (handle, SKU, GTIN). Answers the listings to create, or every problem found.
 */
export async function checkProductSheet(
  container: MedusaContainer,
  enterpriseId: string,
  table: readonly (readonly unknown[])[]
): Promise<{ products: EnterpriseListingInput[]; problems: ProductImportProblem[] }> {
  const dataRows = table.length - 1
  if (dataRows > PRODUCT_IMPORT_LIMITS.maxRows) {
    throw fileProblem("import_too_many_rows", `file: at most ${PRODUCT_IMPORT_LIMITS.maxRows} rows per import, this one has ${dataRows}`, { max: PRODUCT_IMPORT_LIMITS.maxRows, rows: dataRows })
  }
  const sheet = readProductSheet(table)
  if (sheet.problems.some((p) => p.row === 1)) return { products: [], problems: sortImportProblems(sheet.problems) }
  if (sheet.products.length === 0) throw fileProblem("import_no_rows", "file: the sheet has a header but no product rows")
  const problems = [...sheet.problems]

  // Brands by handle (what export writes), id or name.
  const brandRefs = [...new Set(sheet.products.map((p) => p.cells.brand ?? "").filter(Boolean))]
  const brandService = container.resolve<BrandModuleService>(BRAND_MODULE)
  const brands = brandRefs.length
    ? [
        ...(await brandService.listBrands({ handle: brandRefs }, { select: ["id", "handle", "name"] })),
        ...(await brandService.listBrands({ id: brandRefs }, { select: ["id", "handle", "name"] })),
        ...(await brandService.listBrands({ name: brandRefs }, { select: ["id", "handle", "name"] })),
      ]
    : []
  const brandOf = (ref: string) => brands.find((b) => b.handle === ref || b.id === ref || b.name === ref)
  const authorizations = await brandAuthorizationsOf(container, enterpriseId)

  const categoryRefs = [...new Set(sheet.products.flatMap((p) => sheetCategories(p.cells.categories ?? "")))]
  const productModule = container.resolve(Modules.PRODUCT)
  const categories = categoryRefs.length
    ? [
        ...(await productModule.listProductCategories({ handle: categoryRefs }, { select: ["id", "handle"] })),
        ...(await productModule.listProductCategories({ id: categoryRefs }, { select: ["id", "handle"] })),
      ]
    : []
  const categoryOf = (ref: string) => categories.find((c) => c.handle === ref || c.id === ref)

  const checked: { product: SheetProduct; input: EnterpriseListingInput }[] = []
  for (const product of sheet.products) {
    const c = product.cells
    const brandCell = c.brand ?? ""
    const brand = brandCell ? brandOf(brandCell) : undefined
    if (brandCell && !brand) problems.push({ row: product.row, column: "brand", code: "import_brand_unknown", params: { value: brandCell.slice(0, 60) } })
    const refs = sheetCategories(c.categories ?? "")
    const unknown = refs.filter((r) => !categoryOf(r))
    for (const ref of unknown) problems.push({ row: product.row, column: "categories", code: "import_category_unknown", params: { value: ref.slice(0, 60) } })
    if (brand && refs.length > 0 && unknown.length === 0) {
      const reason = brandChoiceReason(brand.id, authorizations, [...new Set(refs.map((r) => categoryOf(r)!.handle))])
      if (reason) problems.push({ row: product.row, column: "brand", code: `import_brand_${reason}`, params: { brand: brand.name } })
    }
    if (c.handle && !(HANDLE.test(c.handle) && c.handle.length <= 80)) problems.push({ row: product.row, column: "handle", code: "import_value_invalid" })
    if (product.variants.length > 50) problems.push({ row: product.variants[50]!.row, column: "variant_title", code: "import_too_many_variants", params: { max: 50 } })

    const body: Body = {
      ...defined({ title_en: c.title_en, description: c.description, description_en: c.description_en, temperature_class: c.temperature_class }),
      title: c.title ?? "",
      // An unknown brand is reported above; the validator still checks the rest of the row.
      brand_id: brand?.id ?? (brandCell ? "unknown" : ""),
      categories: refs,
      selenium_mg_per_kg: sheetNumber(c.selenium_mg_per_kg),
      serving_g: sheetNumber(c.serving_g),
      perishable: sheetBoolean(c.perishable),
      variants: product.variants.slice(0, 50).map((v) => ({
        ...defined({ title_en: v.cells.variant_title_en, sku: v.cells.sku, gtin: v.cells.gtin }),
        title: v.cells.variant_title ?? "",
        price: sheetNumber(v.cells.price_cny),
        stock: sheetNumber(v.cells.stock),
      })),
    }
    for (const key of ["selenium_mg_per_kg", "serving_g", "perishable"]) if (body[key] === undefined) delete body[key]
    const parsed = EnterpriseCreateProduct.safeParse(body)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const cell = sheetCellOfField(product, issue.path as (string | number)[])
        const value = valueAt(body, issue.path)
        const missing = value === undefined || value === "" || (Array.isArray(value) && value.length === 0)
        const code = issue.path.length === 1 && issue.path[0] === "variants" ? "import_value_repeated" : missing ? "import_value_missing" : "import_value_invalid"
        // The brand's own problem (unknown) is already said.
        if (cell.column === "brand" && brandCell && !brand) continue
        problems.push({ row: cell.row, column: cell.column, code })
      }
      continue
    }
    checked.push({ product, input: { ...parsed.data, ...(c.handle ? { handle: c.handle } : {}) } })
  }

  // What must be unique: handles (in the store), SKUs and GTINs (of every variant in the store), and within the file.
  const firstRow = new Map<string, number>()
  const repeated = (column: ProductSheetColumn, value: string | undefined, row: number) => {
    if (!value) return
    const key = `${column}:${value}`
    const first = firstRow.get(key)
    if (first !== undefined) problems.push({ row, column, code: "import_value_repeated", params: { first_row: first } })
    else firstRow.set(key, row)
  }
  for (const product of sheet.products) {
    for (const v of product.variants) {
      repeated("sku", v.cells.sku, v.row)
      repeated("gtin", v.cells.gtin, v.row)
    }
  }
  const handles = sheet.products.map((p) => p.cells.handle).filter((h): h is string => Boolean(h))
  if (handles.length) {
    const existing = await productModule.listProducts({ handle: handles }, { select: ["id", "handle"], withDeleted: true })
    const own = new Set(await ownProductIds(container, enterpriseId))
    for (const found of existing) {
      const product = sheet.products.find((p) => p.cells.handle === found.handle)!
      problems.push({ row: product.row, column: "handle", code: own.has(found.id) ? "import_handle_exists" : "import_value_taken" })
    }
  }
  const skus = sheet.products.flatMap((p) => p.variants.map((v) => v.cells.sku)).filter((s): s is string => Boolean(s))
  const gtins = sheet.products.flatMap((p) => p.variants.map((v) => v.cells.gtin)).filter((s): s is string => Boolean(s))
  const variantsTaken = [
    ...(skus.length ? await productModule.listProductVariants({ sku: skus }, { select: ["sku", "barcode"] }) : []),
    ...(gtins.length ? await productModule.listProductVariants({ barcode: gtins }, { select: ["sku", "barcode"] }) : []),
  ]
  for (const product of sheet.products) {
    for (const v of product.variants) {
      if (v.cells.sku && variantsTaken.some((t) => t.sku === v.cells.sku)) problems.push({ row: v.row, column: "sku", code: "import_value_taken" })
      if (v.cells.gtin && variantsTaken.some((t) => t.barcode === v.cells.gtin)) problems.push({ row: v.row, column: "gtin", code: "import_value_taken" })
    }
  }

  // One problem per cell and code is enough.
  const seen = new Set<string>()
  const unique = problems.filter((p) => {
    const key = `${p.row}|${p.column}|${p.code}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return unique.length ? { products: [], problems: sortImportProblems(unique) } : { products: checked.map((c) => c.input), problems: [] }
}

/** The enterprise's listings as sheet rows (header first), one row per variant, product columns repeated. */
export async function productSheetTable(container: MedusaContainer, enterpriseId: string): Promise<(string | number)[][]> {
  const listings: EnterpriseListing[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await listEnterpriseListings(container, enterpriseId, { limit: 100, offset })
    listings.push(...page.listings)
    if (page.listings.length < 100 || listings.length >= page.count) break
  }
  const ids = listings.map((l) => l.id)
  const handling = ids.length
    ? await container.resolve<ProductHandlingModuleService>(PRODUCT_HANDLING_MODULE).listProductHandlings({ id: ids }, { select: ["id", "perishable"] })
    : []
  const { data: profiles } = ids.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "metadata", "shipping_profile.type"], filters: { id: ids } })
    : { data: [] }
  const extra = new Map(
    (profiles as { id: string; metadata?: Record<string, unknown> | null; shipping_profile?: { type: string } | null }[]).map((p) => [p.id, p])
  )
  // Oldest first, so that a file reads in the order the listings were made.
  const rows = [...listings].reverse().flatMap((l) => {
    const more = extra.get(l.id)
    const type = more?.shipping_profile?.type
    const perishable = handling.find((h) => h.id === l.id)?.perishable
    const product: Record<string, string | number> = {
      handle: l.handle,
      title: l.title,
      title_en: l.title_en ?? "",
      description: l.description ?? "",
      description_en: l.description_en ?? "",
      brand: l.brand?.handle ?? "",
      categories: l.categories.map((c) => c.handle).join(CATEGORY_SEPARATOR),
      selenium_mg_per_kg: l.selenium_mg_per_kg ?? "",
      serving_g: l.serving_g ?? "",
      temperature_class: type === "ambient" || type === "chilled" || type === "frozen" ? type : "",
      perishable: perishable === undefined ? "" : perishable ? "是" : "否",
      county: String(more?.metadata?.[PRODUCT_FACT_KEYS.county] ?? ""),
      status: l.sale_state === "offline" ? "offline" : l.status,
    }
    return l.variants.map((v) => {
      const row: Record<string, string | number> = {
        ...product,
        variant_title: v.title,
        variant_title_en: v.title_en ?? "",
        sku: v.sku ?? "",
        gtin: v.gtin ?? "",
        price_cny: v.price ?? "",
        stock: v.stock,
      }
      return PRODUCT_SHEET_COLUMN_KEYS.map((k) => row[k] ?? "")
    })
  })
  return [PRODUCT_SHEET_COLUMN_KEYS.map(sheetHeaderOf), ...rows]
}

/** CSV that Excel opens with its Chinese intact (UTF-8 with BOM); formula-like text defused. */
export function productSheetCsv(table: (string | number)[][]): string {
  const lines = table.map((row) => row.map((v) => csvField(v)).join(","))
  return "\uFEFF" + lines.join("\r\n") + "\r\n"
}

/** The same table as an .xlsx workbook (one sheet, text stays text, numbers stay numbers). */
export async function productSheetXlsx(table: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("商品 products")
  for (const row of table) sheet.addRow(row)
  sheet.getRow(1).font = { bold: true }
  sheet.columns.forEach((column) => (column.width = 16))
  // SKU and GTIN are codes: keep leading zeros and long digit runs as text.
  for (const key of ["sku", "gtin"] as const) sheet.getColumn(PRODUCT_SHEET_COLUMN_KEYS.indexOf(key) + 1).numFmt = "@"
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
