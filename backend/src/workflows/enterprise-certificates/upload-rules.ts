/** What an enterprise may upload: pictures for products and test reports, nothing executable. */
export const UPLOAD_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxFiles: 5,
  types: {
    "image/jpeg": { extension: ".jpg", signature: (b: Buffer) => b.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])) },
    "image/png": { extension: ".png", signature: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
    "image/webp": { extension: ".webp", signature: (b: Buffer) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP" },
    "application/pdf": { extension: ".pdf", signature: (b: Buffer) => b.subarray(0, 5).toString("latin1") === "%PDF-" },
  },
} as const

export type UploadMimeType = keyof typeof UPLOAD_LIMITS.types

export const ALLOWED_TYPES_TEXT = "JPEG, PNG, WebP images or PDF"

export function isAllowedType(mimeType: string): mimeType is UploadMimeType {
  return Object.prototype.hasOwnProperty.call(UPLOAD_LIMITS.types, mimeType)
}

export interface UploadCandidate {
  filename: string
  mimeType: string
  size: number
  content: Buffer
}

/**
 * Why a file may not be stored, or null. The declared type is the client's word, so the content's
 * first bytes must match it too: an .exe renamed to .png is refused.
 */
export function uploadProblem(file: UploadCandidate): string | null {
  if (!isAllowedType(file.mimeType)) return `"${file.filename}" is ${file.mimeType || "of unknown type"}; only ${ALLOWED_TYPES_TEXT} are accepted`
  if (file.size > UPLOAD_LIMITS.maxBytes) return `"${file.filename}" is larger than ${UPLOAD_LIMITS.maxBytes / 1024 / 1024} MB`
  if (file.size === 0) return `"${file.filename}" is empty`
  if (!UPLOAD_LIMITS.types[file.mimeType].signature(file.content)) return `"${file.filename}" does not contain ${file.mimeType} data`
  return null
}

/**
 * The name the file is stored under: the enterprise id first (so staff browsing the store can tell
 * whose it is), then the original name reduced to safe characters, since the local file provider
 * would follow "../" in a name; the extension always matches the checked type.
 */
export function storedFilename(enterpriseId: string, original: string, mimeType: UploadMimeType): string {
  const base = original.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "file"
  return `${enterpriseId}-${base}${UPLOAD_LIMITS.types[mimeType].extension}`
}
