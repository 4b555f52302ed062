import { ENTERPRISE_UPLOAD_MAX_BYTES, ENTERPRISE_UPLOAD_MAX_FILES } from "@seleno/domain"
import type { FileProblemCode } from "@seleno/domain"
import { isPlainText, pdfActiveContent, sniffFile, type Sniffed, type SniffedType } from "./file-sniff"

/**
 * Who may upload what: each upload entry point (enterprise portal, platform staff, marketing staff)
 * has one policy. A file is admitted only when its BYTES show one of the policy's types; the name and
 * type the client declared never decide. Images are re-encoded afterwards (see lib/uploads).
 */
export interface UploadPolicy {
  types: readonly SniffedType[]
  /** Per-file cap in bytes; `videoMaxBytes` applies to MP4 instead. */
  maxBytes: number
  videoMaxBytes?: number
  maxFiles: number
  /** How the accepted types read in a refusal ("JPEG, PNG, WebP images or PDF"). */
  typesText: string
}

const MB = 1024 * 1024

/** The extension a stored file gets: always the one its sniffed type has. */
export const SAFE_EXTENSIONS: Record<SniffedType, string> = {
  "image/jpeg": ".jpg",
  "image/png": ".png",
  "image/webp": ".webp",
  "image/gif": ".gif",
  "application/pdf": ".pdf",
  "video/mp4": ".mp4",
  "text/csv": ".csv",
}

/** What an enterprise may upload: test reports and licences (PDF or photographed), nothing executable. */
export const ENTERPRISE_UPLOAD_POLICY: UploadPolicy = {
  types: ["image/jpeg", "image/png", "image/webp", "application/pdf"],
  maxBytes: ENTERPRISE_UPLOAD_MAX_BYTES,
  maxFiles: ENTERPRISE_UPLOAD_MAX_FILES,
  typesText: "JPEG, PNG, WebP images or PDF",
}

/**
 * Product pictures an enterprise lists (multipart field purpose=product_image): images only, and
 * public, since shoppers see them. Everything else an enterprise uploads is a private document.
 */
export const ENTERPRISE_PRODUCT_IMAGE_POLICY: UploadPolicy = {
  ...ENTERPRISE_UPLOAD_POLICY,
  types: ["image/jpeg", "image/png", "image/webp"],
  typesText: "JPEG, PNG or WebP images",
}

/** Why an enterprise uploads: product pictures are public, documents (licence, test reports) private. */
export const ENTERPRISE_UPLOAD_PURPOSES = ["document", "product_image"] as const
export type EnterpriseUploadPurpose = (typeof ENTERPRISE_UPLOAD_PURPOSES)[number]

/**
 * Platform staff (Medusa's POST /admin/uploads): product images and videos, documents as PDF, and
 * the CSV files Medusa's product import sends through this route with the local file provider.
 */
export const STAFF_UPLOAD_POLICY: UploadPolicy = {
  types: ["image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf", "video/mp4", "text/csv"],
  maxBytes: 10 * MB,
  videoMaxBytes: 50 * MB,
  maxFiles: 20,
  typesText: "JPEG, PNG, WebP or GIF images, PDF documents, MP4 videos or CSV files",
}

/** Marketing staff: campaign pictures only (lib/staff-roles refuses other declared types first). */
export const MARKETING_UPLOAD_POLICY: UploadPolicy = {
  ...STAFF_UPLOAD_POLICY,
  types: ["image/jpeg", "image/png", "image/webp", "image/gif"],
  typesText: "JPEG, PNG, WebP or GIF images",
}

/**
 * An enterprise whose application is still pending may store only this much per rolling day: enough
 * for a business licence and a few retries, too little to use the platform as free file hosting.
 */
export const PENDING_UPLOAD_QUOTA = { files: 10, bytes: 20 * MB, windowHours: 24 } as const

/** Why a pending applicant may not store these files now, or null when within its daily quota. */
export function pendingUploadQuotaProblem(used: { files: number; bytes: number }, incoming: { files: number; bytes: number }): { code: "upload_quota"; message: string } | null {
  const q = PENDING_UPLOAD_QUOTA
  if (used.files + incoming.files <= q.files && used.bytes + incoming.bytes <= q.bytes) return null
  return {
    code: "upload_quota",
    message: `files: while your application is reviewed you may upload ${q.files} files or ${q.bytes / MB} MB per ${q.windowHours} hours; you have uploaded ${used.files} files (${(used.bytes / MB).toFixed(1)} MB). Attach what you have uploaded, or try again tomorrow`,
  }
}

/** Kept for the multipart parser and invoices: the enterprise limits. */
export const UPLOAD_LIMITS = { maxBytes: ENTERPRISE_UPLOAD_POLICY.maxBytes, maxFiles: ENTERPRISE_UPLOAD_POLICY.maxFiles } as const

export type UploadMimeType = SniffedType

export const ALLOWED_TYPES_TEXT = ENTERPRISE_UPLOAD_POLICY.typesText

export interface UploadCandidate {
  filename: string
  size: number
  content: Buffer
}

export type UploadVerdict = { type: UploadMimeType } | { code: FileProblemCode; message: string }

/**
 * What a file is, or why it may not be stored. Only its bytes decide: a 13-byte "%PDF-" fake, an
 * .exe or HTML page sent as image/png, a PNG header without dimensions or a PDF carrying script
 * are refused whatever the client declared.
 */
export function checkUpload(file: UploadCandidate, policy: UploadPolicy = ENTERPRISE_UPLOAD_POLICY): UploadVerdict {
  const cap = Math.max(policy.maxBytes, policy.videoMaxBytes ?? 0)
  if (file.size > cap) return tooLarge(file.filename, cap)
  const sniffed = csvOrSniffed(file, policy)
  if ("problem" in sniffed) {
    const hint = sniffed.problem === "file_type" ? `; only ${policy.typesText} are accepted` : ""
    return { code: sniffed.problem, message: `"${file.filename}" ${sniffed.reason}${hint}` }
  }
  if (!policy.types.includes(sniffed.type)) {
    return { code: "file_type", message: `"${file.filename}" is ${describe(sniffed.type)}; only ${policy.typesText} are accepted here` }
  }
  const typeCap = sniffed.type === "video/mp4" ? (policy.videoMaxBytes ?? policy.maxBytes) : policy.maxBytes
  if (file.size > typeCap) return tooLarge(file.filename, typeCap)
  if (sniffed.type === "application/pdf") {
    const active = pdfActiveContent(file.content)
    if (active) {
      return { code: "file_active_content", message: `"${file.filename}" contains ${active}, which a document may not carry; print it to a new PDF and upload that` }
    }
  }
  return { type: sniffed.type }
}

/** Text has no signature: a file named .csv whose bytes are plain UTF-8 is a CSV, where CSVs are allowed. */
function csvOrSniffed(file: UploadCandidate, policy: UploadPolicy): Sniffed {
  const sniffed = sniffFile(file.content)
  if ("problem" in sniffed && sniffed.problem === "file_type" && policy.types.includes("text/csv") && /\.csv$/i.test(file.filename) && isPlainText(file.content)) {
    return { type: "text/csv" }
  }
  return sniffed
}

function tooLarge(filename: string, cap: number): UploadVerdict {
  return { code: "file_too_large", message: `"${filename}" is larger than ${cap / MB} MB` }
}

function describe(type: SniffedType): string {
  if (type === "text/csv") return "a CSV file"
  return type === "application/pdf" ? "a PDF" : type === "video/mp4" ? "an MP4 video" : `a ${type.slice(6).toUpperCase()} image`
}

/**
 * The name a file is stored under: an owner prefix if any (so staff browsing the store can tell whose
 * it is), then the original name reduced to safe characters, since the local file provider would
 * follow "../" in a name; the extension always matches the type its bytes showed.
 */
export function storedFilename(prefix: string | null, original: string, mimeType: UploadMimeType): string {
  const base = original.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "file"
  return `${prefix ? `${prefix}-` : ""}${base}${SAFE_EXTENSIONS[mimeType]}`
}
