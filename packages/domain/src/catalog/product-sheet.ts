/**
 * The product sheet: how an enterprise's listings travel as a CSV or Excel file (export, and import
 * of new listings). One row per variant; a product's columns repeat on each of its rows and the
 * rows of one product share its handle (or, without a handle, follow each other with the same
 * title). Values are checked by the backend with the same rules as a listing made in the portal;
 * this file only reads the table and says which cell a problem belongs to.
 */

/** Columns in file order. `export_only` columns are written on export and ignored on import. */
export const PRODUCT_SHEET_COLUMNS = [
  { key: "handle", zh: "商品标识", level: "product" },
  { key: "title", zh: "商品名称", level: "product" },
  { key: "title_en", zh: "英文名称", level: "product" },
  { key: "description", zh: "商品描述", level: "product" },
  { key: "description_en", zh: "英文描述", level: "product" },
  { key: "brand", zh: "品牌", level: "product" },
  { key: "categories", zh: "类目", level: "product" },
  { key: "selenium_mg_per_kg", zh: "硒含量(mg/kg)", level: "product" },
  { key: "serving_g", zh: "每份(g)", level: "product" },
  { key: "temperature_class", zh: "温层", level: "product" },
  { key: "perishable", zh: "鲜活易腐", level: "product" },
  { key: "county", zh: "县区", level: "export_only" },
  { key: "status", zh: "状态", level: "export_only" },
  { key: "variant_title", zh: "规格", level: "variant" },
  { key: "variant_title_en", zh: "英文规格", level: "variant" },
  { key: "sku", zh: "SKU", level: "variant" },
  { key: "gtin", zh: "条码(GTIN)", level: "variant" },
  { key: "price_cny", zh: "价格(元)", level: "variant" },
  { key: "stock", zh: "库存", level: "variant" },
] as const

export type ProductSheetColumn = (typeof PRODUCT_SHEET_COLUMNS)[number]["key"]
export const PRODUCT_SHEET_COLUMN_KEYS: readonly ProductSheetColumn[] = PRODUCT_SHEET_COLUMNS.map((c) => c.key)
/** Columns an import file must have (the others may be left out). */
export const PRODUCT_SHEET_REQUIRED_COLUMNS: readonly ProductSheetColumn[] = ["title", "brand", "categories", "variant_title", "price_cny", "stock"]

/** How big one import may be: bigger files are refused whole (413 / 400) before any row is read. */
export const PRODUCT_IMPORT_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  /** Data rows (variants), header not counted. */
  maxRows: 500,
} as const

/** Separators accepted between category handles in one cell; export writes "|". */
export const CATEGORY_SEPARATOR = "|"

/** Problems with the file as a whole (nothing is read further). */
export const PRODUCT_IMPORT_FILE_PROBLEM_CODES = [
  "import_file_too_large",
  "import_file_missing",
  "import_file_type",
  "import_file_unreadable",
  "import_too_many_rows",
  "import_no_rows",
] as const

/** Problems of one row (and one column, where there is one). */
export const PRODUCT_IMPORT_ROW_PROBLEM_CODES = [
  "import_column_missing",
  "import_column_unknown",
  "import_value_missing",
  "import_value_invalid",
  "import_value_differs",
  "import_value_repeated",
  "import_value_taken",
  "import_handle_exists",
  "import_too_many_variants",
  "import_brand_unknown",
  "import_brand_not_authorized",
  "import_brand_not_in_force",
  "import_brand_category_not_covered",
  "import_category_unknown",
] as const

/** The refusal of a whole import because of row problems; the answer lists them. */
export const PRODUCT_IMPORT_INVALID_CODE = "product_import_invalid"

export const PRODUCT_IMPORT_PROBLEM_CODES = [...PRODUCT_IMPORT_FILE_PROBLEM_CODES, ...PRODUCT_IMPORT_ROW_PROBLEM_CODES, PRODUCT_IMPORT_INVALID_CODE] as const
export type ProductImportRowProblemCode = (typeof PRODUCT_IMPORT_ROW_PROBLEM_CODES)[number]
export type ProductImportFileProblemCode = (typeof PRODUCT_IMPORT_FILE_PROBLEM_CODES)[number]

/** One problem of an import: `row` is the spreadsheet's row number (the header is row 1). */
export interface ProductImportProblem {
  row: number
  column: ProductSheetColumn | null
  code: ProductImportRowProblemCode
  params?: Record<string, string | number>
}

/** At most this many problems are answered (the first ones, in row order). */
export const PRODUCT_IMPORT_MAX_PROBLEMS = 200

/** A header cell's column: "商品名称 title" (what export writes), "title" or "商品名称". */
export function sheetColumnOf(header: string): ProductSheetColumn | null {
  const text = header.replace(/^\uFEFF/, "").trim()
  if (!text) return null
  const lastWord = text.split(/\s+/).pop()!.toLowerCase()
  const byKey = PRODUCT_SHEET_COLUMNS.find((c) => c.key === lastWord)
  if (byKey) return byKey.key
  return PRODUCT_SHEET_COLUMNS.find((c) => c.zh === text || text.startsWith(`${c.zh} `))?.key ?? null
}

/** The header cell export writes for a column. */
export function sheetHeaderOf(column: ProductSheetColumn): string {
  const c = PRODUCT_SHEET_COLUMNS.find((c) => c.key === column)!
  return `${c.zh} ${c.key}`
}

/** A cell as the import reads it: trimmed, with the ' that defuses a formula-like text taken off. */
export function sheetCellText(value: unknown): string {
  if (value === null || value === undefined) return ""
  const text = String(value).trim()
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text
}

/** Raw cells of one product of the sheet, with the row numbers they came from. */
export interface SheetProduct {
  /** Row of the product's first variant (where product columns are read). */
  row: number
  cells: Partial<Record<ProductSheetColumn, string>>
  variants: { row: number; cells: Partial<Record<ProductSheetColumn, string>> }[]
}

export interface ReadSheet {
  products: SheetProduct[]
  problems: ProductImportProblem[]
}

const productColumns = PRODUCT_SHEET_COLUMNS.filter((c) => c.level === "product").map((c) => c.key)
const variantColumns = PRODUCT_SHEET_COLUMNS.filter((c) => c.level === "variant").map((c) => c.key)

/**
 * Reads a table (first row the header) into products with their variants. A row whose product
 * columns disagree with its product's first row is a problem (`import_value_differs`); a blank
 * product cell on a later row means "the same". Blank rows are skipped.
 */
export function readProductSheet(table: readonly (readonly unknown[])[]): ReadSheet {
  const problems: ProductImportProblem[] = []
  const [header = [], ...body] = table
  const columns = header.map((h) => sheetColumnOf(sheetCellText(h)))
  header.forEach((h, i) => {
    const text = sheetCellText(h)
    if (text && columns[i] === null) problems.push({ row: 1, column: null, code: "import_column_unknown", params: { header: text.slice(0, 60) } })
  })
  for (const required of PRODUCT_SHEET_REQUIRED_COLUMNS) {
    if (!columns.includes(required)) problems.push({ row: 1, column: required, code: "import_column_missing" })
  }
  if (problems.length > 0) return { products: [], problems }

  const products: SheetProduct[] = []
  const byHandle = new Map<string, SheetProduct>()
  body.forEach((cellsOfRow, index) => {
    const row = index + 2
    const cells: Partial<Record<ProductSheetColumn, string>> = {}
    columns.forEach((column, i) => {
      if (column) cells[column] = sheetCellText(cellsOfRow[i])
    })
    if (Object.values(cells).every((v) => !v)) return
    const handle = cells.handle ?? ""
    const last = products[products.length - 1]
    const same = handle ? byHandle.get(handle) : last && !last.cells.handle && (!cells.title || cells.title === last.cells.title) ? last : undefined
    const variant = { row, cells: Object.fromEntries(variantColumns.map((k) => [k, cells[k] ?? ""])) }
    if (same) {
      for (const key of productColumns) {
        const value = cells[key] ?? ""
        if (value && value !== (same.cells[key] ?? "")) problems.push({ row, column: key, code: "import_value_differs", params: { first_row: same.row } })
      }
      same.variants.push(variant)
      return
    }
    const product: SheetProduct = { row, cells: Object.fromEntries(productColumns.map((k) => [k, cells[k] ?? ""])), variants: [variant] }
    products.push(product)
    if (handle) byHandle.set(handle, product)
  })
  return { products, problems }
}

/** Category handles of a cell ("tea|rice", also "tea, rice" or "tea、rice"). */
export function sheetCategories(cell: string): string[] {
  return cell
    .split(/[|,，、;；]/)
    .map((c) => c.trim())
    .filter(Boolean)
}

/** A number cell: undefined when blank, the text itself when it is not a number (the validator says why). */
export function sheetNumber(cell: string | undefined): number | string | undefined {
  const text = (cell ?? "").replace(/[¥￥,\s]/g, "")
  if (!text) return undefined
  const n = Number(text)
  return /^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(n) ? n : cell
}

const YES = new Set(["是", "true", "yes", "y", "1"])
const NO = new Set(["否", "false", "no", "n", "0"])

/** A yes/no cell: undefined when blank, the text itself when it is neither. */
export function sheetBoolean(cell: string | undefined): boolean | string | undefined {
  const text = (cell ?? "").trim().toLowerCase()
  if (!text) return undefined
  if (YES.has(text)) return true
  if (NO.has(text)) return false
  return cell
}

/** Where a problem of a listing's field (as the single-listing validator names it) sits in the sheet. */
export function sheetCellOfField(product: SheetProduct, path: readonly (string | number)[]): { row: number; column: ProductSheetColumn | null } {
  const [first, index, field] = path
  if (first === "variants" && typeof index === "number") {
    const variant = product.variants[index]
    const column: ProductSheetColumn | null =
      field === "title" ? "variant_title" : field === "title_en" ? "variant_title_en" : field === "price" ? "price_cny" : field === "sku" || field === "gtin" || field === "stock" ? field : null
    return { row: variant?.row ?? product.row, column }
  }
  if (first === "variants") return { row: product.row, column: "variant_title" }
  if (first === "brand_id") return { row: product.row, column: "brand" }
  const column = PRODUCT_SHEET_COLUMN_KEYS.find((k) => k === first) ?? null
  return { row: product.row, column }
}

/** Problems in row order, then column order, at most PRODUCT_IMPORT_MAX_PROBLEMS. */
export function sortImportProblems(problems: ProductImportProblem[]): ProductImportProblem[] {
  const order = (c: ProductSheetColumn | null) => (c === null ? -1 : PRODUCT_SHEET_COLUMN_KEYS.indexOf(c))
  return [...problems].sort((a, b) => a.row - b.row || order(a.column) - order(b.column)).slice(0, PRODUCT_IMPORT_MAX_PROBLEMS)
}

/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, quotes as "" and line breaks; CRLF or
 * LF; a leading BOM is dropped) into rows of cells.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  const source = text.replace(/^\uFEFF/, "")
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += ch
    } else if (ch === '"' && field === "") quoted = true
    else if (ch === ",") {
      row.push(field)
      field = ""
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++
      row.push(field)
      rows.push(row)
      row = []
      field = ""
    } else field += ch
  }
  if (field !== "" || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
