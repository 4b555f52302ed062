import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importEnterpriseProductsWorkflow } from "../../../workflows/enterprise-products/import-enterprise-products"
import { listEnterpriseListings } from "../../../workflows/enterprise-products/own-products"
import { fileProblem, productSheetCsv, productSheetTable, productSheetXlsx, readSheetFile, SHEET_TYPES } from "../../../workflows/enterprise-products/product-sheet"
import { enterpriseOf } from "../context"
import type { ProductSheetQueryType } from "./validators"

/**
 * GET /enterprise/product-sheet?format=csv|xlsx — the caller's own listings as a product sheet, one
 * row per variant (CSV is UTF-8 with a BOM so that Excel shows the Chinese).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ProductSheetQueryType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const { format } = req.validatedQuery as ProductSheetQueryType
  const table = await productSheetTable(req.scope, enterpriseId)
  const name = `seleno-products-${new Date().toISOString().slice(0, 10)}.${format}`
  res.setHeader("Content-Type", SHEET_TYPES[format])
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.status(200).send(format === "csv" ? productSheetCsv(table) : await productSheetXlsx(table))
}

type Received = { originalname: string; buffer: Buffer }

/**
 * POST /enterprise/product-sheet (multipart, field "file": .csv or .xlsx) — new listings from a
 * product sheet. All rows or none: any problem answers 400 `product_import_invalid` with `problems`
 * (row, column, code); otherwise 201 with the created drafts.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const file = ((req as unknown as { files?: Received[] }).files ?? [])[0]
  if (!file) throw fileProblem("import_file_missing", "file: send the sheet in the multipart field \"file\"")
  const table = await readSheetFile(file)
  const { result: ids } = await importEnterpriseProductsWorkflow(req.scope).run({ input: { enterprise_id: enterpriseId, table } })
  const { listings } = await listEnterpriseListings(req.scope, enterpriseId, { ids, limit: ids.length })
  res.status(201).json({ created: ids.length, products: listings.map((l) => ({ id: l.id, handle: l.handle, title: l.title, status: l.status })) })
}
