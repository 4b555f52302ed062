import type { FileProblemCode } from "@seleno/domain"
import { sniffFile, type SniffedType } from "./file-sniff"

/** What an enterprise may upload: pictures for products, test reports and licences, nothing executable. */
export const UPLOAD_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxFiles: 5,
  extensions: { "image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "application/pdf": ".pdf" } satisfies Record<SniffedType, string>,
} as const

export type UploadMimeType = SniffedType

export const ALLOWED_TYPES_TEXT = "JPEG, PNG, WebP images or PDF"

export interface UploadCandidate {
  filename: string
  size: number
  content: Buffer
}

export type UploadVerdict = { type: UploadMimeType } | { code: FileProblemCode; message: string }

/**
 * What a file is, or why it may not be stored. Only its bytes decide: a 13-byte "%PDF-" fake, an
 * .exe sent as image/png or a PNG header without dimensions are refused whatever the client declared.
 */
export function checkUpload(file: UploadCandidate): UploadVerdict {
  if (file.size > UPLOAD_LIMITS.maxBytes) return { code: "file_too_large", message: `"${file.filename}" is larger than ${UPLOAD_LIMITS.maxBytes / 1024 / 1024} MB` }
  const sniffed = sniffFile(file.content)
  if ("problem" in sniffed) {
    const hint = sniffed.problem === "file_type" ? `; only ${ALLOWED_TYPES_TEXT} are accepted` : ""
    return { code: sniffed.problem, message: `"${file.filename}" ${sniffed.reason}${hint}` }
  }
  return { type: sniffed.type }
}

/**
 * The name the file is stored under: the enterprise id first (so staff browsing the store can tell
 * whose it is), then the original name reduced to safe characters, since the local file provider
 * would follow "../" in a name; the extension always matches the type its bytes showed.
 */
export function storedFilename(enterpriseId: string, original: string, mimeType: UploadMimeType): string {
  const base = original.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "file"
  return `${enterpriseId}-${base}${UPLOAD_LIMITS.extensions[mimeType]}`
}
