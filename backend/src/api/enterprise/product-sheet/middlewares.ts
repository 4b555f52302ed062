import { validateAndTransformQuery, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { PRODUCT_IMPORT_LIMITS } from "@seleno/domain"
import { ProductSheetQuery } from "./validators"

type Handler = (req: MedusaRequest, res: MedusaResponse, next: (error?: unknown) => void) => void
type Multer = ((options: { storage: unknown; defParamCharset: string; limits: Record<string, number> }) => { array: (field: string, maxCount: number) => Handler }) & {
  memoryStorage: () => unknown
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const multer = require("multer") as Multer

const parse = multer({
  storage: multer.memoryStorage(),
  defParamCharset: "utf8",
  limits: { fileSize: PRODUCT_IMPORT_LIMITS.maxBytes, files: 1, fields: 5, parts: 6 },
}).array("file", 1)

/** Reads the sheet (multipart field "file") into memory, cut off at PRODUCT_IMPORT_LIMITS.maxBytes (413). */
function parseProductSheet(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parse(req, res, (error) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    if (code === "LIMIT_FILE_SIZE") {
      const max = PRODUCT_IMPORT_LIMITS.maxBytes
      return void res.status(413).json({ type: "invalid_data", code: "import_file_too_large", params: { max_mb: max / 1024 / 1024 }, message: `file: a product sheet may be at most ${max / 1024 / 1024} MB` })
    }
    if (code?.startsWith("LIMIT_")) {
      return void res.status(400).json({ type: "invalid_data", code: "import_file_missing", params: {}, message: 'file: send one sheet in the multipart field "file"' })
    }
    return next(error)
  })
}

export const productSheetRoutes: MiddlewareRoute[] = [
  { matcher: "/enterprise/product-sheet", methods: ["GET"], middlewares: [validateAndTransformQuery(ProductSheetQuery, {})] },
  { matcher: "/enterprise/product-sheet", methods: ["POST"], middlewares: [parseProductSheet] },
]
