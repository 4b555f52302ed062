import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { photoProblem, reportNetwork } from "@seleno/domain"
import { clientAddress } from "../../../lib/client-address"
import { REPORT_CASE_MODULE } from "../../../modules/report-case"
import type ReportCaseModuleService from "../../../modules/report-case/service"
import { REPORT_PROBLEM_TEXT, StoreCreateReportCase } from "./validators"

type Received = { originalname: string; mimetype: string; buffer: Buffer; size: number }
type MulterError = Error & { code?: string }
type Handler = (req: MedusaRequest, res: MedusaResponse, next: (error?: unknown) => void) => void
type Multer = ((options: { storage: unknown; defParamCharset: string; limits: Record<string, number> }) => { single: (field: string) => Handler }) & {
  memoryStorage: () => unknown
}
// multer is what Medusa's own POST /admin/uploads uses; it ships without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const multer = require("multer") as Multer

export type ReportRequest = MedusaRequest & { file?: Received }

function refuse(res: MedusaResponse, status: number, field: string, code: string, message: string) {
  res.status(status).json({ type: "invalid_data", code, field, message: `${field}: ${message}` })
}

/**
 * Reads a multipart report (text fields and one "photo") into memory with hard limits, so an
 * oversized photo is cut off while it streams in. JSON bodies pass untouched.
 */
const parse = multer({
  storage: multer.memoryStorage(),
  defParamCharset: "utf8",
  limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 10, parts: 11, fieldSize: 16 * 1024 },
}).single("photo")

export function parseReportForm(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parse(req, res, (error) => {
    if (!error) return next()
    const e = error as MulterError
    if (e.code === "LIMIT_FILE_SIZE") return refuse(res, 413, "photo", "photo_too_large", REPORT_PROBLEM_TEXT.photo_too_large)
    if (e.code === "LIMIT_UNEXPECTED_FILE" || e.code === "LIMIT_FILE_COUNT") return refuse(res, 400, "photo", "photo_not_image", "send one photo, in the field \"photo\"")
    if (e.code?.startsWith("LIMIT_")) return refuse(res, 400, "description", "description_too_long", "the form has too many or too large fields")
    next(error)
  })
}

const DEFAULT_CODE: Record<string, string> = { kind: "kind_invalid", description: "description_required", contact: "contact_invalid" }

/** Checks the fields against the domain's rules; a refusal names the field and carries a code the storefront words. */
export function validateReport(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const result = StoreCreateReportCase.safeParse(req.body ?? {})
  if (!result.success) {
    const issue = result.error.issues[0]!
    const field = String(issue.path[0] ?? (issue.code === "unrecognized_keys" ? issue.keys[0] : "body"))
    const params = (issue as { params?: { code?: string } }).params
    return refuse(res, 400, field, params?.code ?? DEFAULT_CODE[field] ?? "invalid", issue.message)
  }
  req.validatedBody = result.data
  const file = (req as ReportRequest).file
  const problem = file ? photoProblem(file.buffer) : null
  if (problem) return refuse(res, 400, "photo", problem, REPORT_PROBLEM_TEXT[problem])
  next()
}

/**
 * Five reports per network per hour (REPORTS_PER_NETWORK_PER_HOUR). The network is that of the
 * address clientAddress() decides, so a forged X-Forwarded-For from an untrusted peer changes
 * nothing. Counted in PostgreSQL, so every backend process shares the count. Only well-formed
 * reports reach this point and count.
 */
export async function throttleReports(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const service = req.scope.resolve<ReportCaseModuleService>(REPORT_CASE_MODULE)
  const verdict = await service.admitReport(reportNetwork(clientAddress(req)))
  if (verdict.allowed) return next()
  const minutes = Math.ceil(verdict.retryAfterSeconds / 60)
  res.setHeader("Retry-After", String(verdict.retryAfterSeconds))
  res.status(429).json({
    type: "too_many_requests",
    code: "too_many_reports",
    retry_after: verdict.retryAfterSeconds,
    message: `Too many reports from your network in the last hour. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  })
}

export const storeReportCaseRoutes: MiddlewareRoute[] = [
  { matcher: "/store/report-cases", methods: ["POST"], middlewares: [parseReportForm, validateReport, throttleReports] },
]
