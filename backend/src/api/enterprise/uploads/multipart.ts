import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { UPLOAD_LIMITS } from "../../../workflows/enterprise-certificates/upload-rules"

// multer is what Medusa's own POST /admin/uploads uses; it ships without type declarations.
type MulterFile = { originalname: string; mimetype: string }
type MulterError = Error & { code?: string; field?: string; filename?: string }
type Handler = (req: MedusaRequest, res: MedusaResponse, next: (error?: unknown) => void) => void
type Multer = ((options: {
  storage: unknown
  defParamCharset: string
  limits: Record<string, number>
  fileFilter: (req: MedusaRequest, file: MulterFile, callback: (error: Error | null, accept?: boolean) => void) => void
}) => { array: (field: string, maxCount: number) => Handler }) & { memoryStorage: () => unknown }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const multer = require("multer") as Multer

const MB = UPLOAD_LIMITS.maxBytes / 1024 / 1024
const CURRENT_FILE = Symbol("enterprise-upload-current-file")
type Tracked = MedusaRequest & { [CURRENT_FILE]?: string }

/**
 * Reads multipart field "files" into memory with hard limits, so an oversized file is cut off while
 * it streams in rather than after it is buffered. What a file is gets decided from its bytes in the
 * upload workflow, never from the type the client declares.
 */
const parse = multer({
  storage: multer.memoryStorage(),
  // Browsers send file names as UTF-8 (茶园检测报告.pdf); multer would read them as Latin-1.
  defParamCharset: "utf8",
  limits: { fileSize: UPLOAD_LIMITS.maxBytes, files: UPLOAD_LIMITS.maxFiles, fields: 10, parts: UPLOAD_LIMITS.maxFiles + 10 },
  fileFilter: (req, file, callback) => {
    // multer's size-limit error names the field only; remember which file was streaming.
    ;(req as Tracked)[CURRENT_FILE] = file.originalname
    callback(null, true)
  },
}).array("files", UPLOAD_LIMITS.maxFiles)

/** Turns multer's failures into 400/413 answers that name the field, the file and the limit. */
export function parseEnterpriseUploads(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parse(req, res, (error) => {
    if (!error) return next()
    const e = error as MulterError
    const file = (req as Tracked)[CURRENT_FILE]
    const refuse = (status: number, message: string) =>
      void res.status(status).json({ type: "invalid_data", field: "files", file: e.filename ?? file ?? null, message: `files: ${message}` })
    switch (e.code) {
      case "LIMIT_FILE_SIZE":
        return refuse(413, `"${file ?? "a file"}" is larger than ${MB} MB; each file may be at most ${MB} MB`)
      case "LIMIT_FILE_COUNT":
      case "LIMIT_UNEXPECTED_FILE":
        return refuse(400, `send at most ${UPLOAD_LIMITS.maxFiles} files, all in the multipart field "files"`)
      case "LIMIT_PART_COUNT":
      case "LIMIT_FIELD_COUNT":
      case "LIMIT_FIELD_KEY":
      case "LIMIT_FIELD_VALUE":
        return refuse(400, "the form has too many or too large fields; send only files")
      default:
        return next(error)
    }
  })
}
