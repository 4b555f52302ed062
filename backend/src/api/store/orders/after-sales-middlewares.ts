import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { AFTER_SALES_LIMITS, photoProblem, type AfterSalesProblemCode } from "@seleno/domain"
import type { ZodType } from "@medusajs/framework/zod"
import { AFTER_SALES_PROBLEM_TEXT } from "../../../lib/after-sales-part"
import { StoreConfirmDelivery, StoreCreateAfterSalesRequest } from "./after-sales-validators"

type Received = { originalname: string; mimetype: string; buffer: Buffer; size: number }
type MulterError = Error & { code?: string }
type Handler = (req: MedusaRequest, res: MedusaResponse, next: (error?: unknown) => void) => void
type Multer = ((options: { storage: unknown; defParamCharset: string; limits: Record<string, number> }) => { array: (field: string, max: number) => Handler }) & {
  memoryStorage: () => unknown
}
// multer is what Medusa's own POST /admin/uploads uses; it ships without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const multer = require("multer") as Multer

export type AfterSalesFormRequest = MedusaRequest & { files?: Received[] }

const CODE_BY_TEXT = new Map(Object.entries(AFTER_SALES_PROBLEM_TEXT).map(([code, text]) => [text, code as AfterSalesProblemCode]))

function refuse(res: MedusaResponse, status: number, code: AfterSalesProblemCode, message = AFTER_SALES_PROBLEM_TEXT[code]) {
  res.status(status).json({ type: "invalid_data", code, message })
}

/** Reads a multipart request into memory with hard limits, so an oversized photo is cut off while it streams in. JSON passes untouched. */
const parse = multer({
  storage: multer.memoryStorage(),
  defParamCharset: "utf8",
  limits: { fileSize: AFTER_SALES_LIMITS.photoMaxBytes, files: AFTER_SALES_LIMITS.photosMax, fields: 10, parts: 10 + AFTER_SALES_LIMITS.photosMax, fieldSize: 16 * 1024 },
}).array("photos", AFTER_SALES_LIMITS.photosMax)

export function parseAfterSalesForm(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parse(req, res, (error) => {
    if (!error) return next()
    const e = error as MulterError
    if (e.code === "LIMIT_FILE_SIZE") return refuse(res, 413, "photo_too_large")
    if (e.code === "LIMIT_FILE_COUNT" || e.code === "LIMIT_UNEXPECTED_FILE") return refuse(res, 400, "too_many_photos")
    if (e.code?.startsWith("LIMIT_")) return refuse(res, 400, "note_too_long", "the form has too many or too large fields")
    next(error)
  })
}

/** Validates a body with `schema`; a refusal carries the code whose text the schema gave. */
export function validateAfterSales(schema: ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (!result.success) {
      const first = result.error.issues[0]!
      const field = first.path.join(".") || (first.code === "unrecognized_keys" ? first.keys.join(", ") : "body")
      return res.status(400).json({ type: "invalid_data", code: CODE_BY_TEXT.get(first.message) ?? "invalid", field, message: `${field}: ${first.message}` })
    }
    req.validatedBody = result.data
    next()
  }
}

/** Each photo must be what its bytes say: PNG, JPEG or WebP (the name and declared type are ignored). */
export function checkPhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  for (const file of (req as AfterSalesFormRequest).files ?? []) {
    const problem = photoProblem(file.buffer)
    if (problem === "photo_too_large" || file.size > AFTER_SALES_LIMITS.photoMaxBytes) return refuse(res, 413, "photo_too_large")
    if (problem) return refuse(res, 400, problem)
  }
  next()
}

// Bearer tokens for API clients, the session cookie for the storefront.
const shopper = authenticate("customer", ["session", "bearer"])

export const storeAfterSalesRoutes: MiddlewareRoute[] = [
  { matcher: "/store/orders/:id/after-sales", methods: ["GET"], middlewares: [shopper] },
  { matcher: "/store/orders/:id/after-sales", methods: ["POST"], middlewares: [shopper, parseAfterSalesForm, validateAfterSales(StoreCreateAfterSalesRequest), checkPhotos] },
  { matcher: "/store/orders/:id/deliveries", methods: ["POST"], middlewares: [shopper, validateAfterSales(StoreConfirmDelivery)] },
  { matcher: "/store/orders/:id/after-sales/:request_id/withdraw", methods: ["POST"], middlewares: [shopper] },
  {
    // Medusa's own POST /store/returns creates a received-at-once return with only the order id as
    // credential and no approval; returns go through the 售后 request instead.
    matcher: "/store/returns",
    methods: ["POST"],
    middlewares: [(_req: MedusaRequest, res: MedusaResponse) => refuse(res, 405, "returns_via_after_sales")],
  },
]
