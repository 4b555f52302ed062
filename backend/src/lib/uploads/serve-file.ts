import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { SniffedType } from "../../workflows/enterprise-certificates/file-sniff"
import { SAFE_EXTENSIONS } from "../../workflows/enterprise-certificates/upload-rules"

/** The local file provider prefixes private keys with this; such a key is never served publicly. */
export const PRIVATE_KEY_PREFIX = "private-"

const TYPE_BY_EXTENSION = new Map<string, SniffedType>(Object.entries(SAFE_EXTENSIONS).map(([type, ext]) => [ext, type as SniffedType]))

/**
 * How a stored file is answered, from its key alone: the type its (checked) extension stands for,
 * shown inline only when it is an image, a download otherwise. A key with any other extension (a
 * file stored before uploads were checked, e.g. page.html) is an opaque download.
 */
export function servedAs(key: string): { contentType: string; inline: boolean } {
  const ext = /\.[A-Za-z0-9]+$/.exec(key)?.[0]?.toLowerCase() ?? ""
  // No upload is ever stored as .svg (the gate admits no SVG); the seed's generated product and
  // campaign pictures are. Shown as images; opened directly, the sandbox CSP keeps any script inert.
  if (ext === ".svg") return { contentType: "image/svg+xml", inline: true }
  const type = TYPE_BY_EXTENSION.get(ext === ".jpeg" ? ".jpg" : ext)
  if (!type) return { contentType: "application/octet-stream", inline: false }
  return { contentType: type, inline: type.startsWith("image/") }
}

/** Headers that keep any stored file inert even if a browser opens it on the backend's origin. */
export const INERT_FILE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; sandbox",
} as const

export function contentDisposition(kind: "inline" | "attachment", filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._-]+/g, "_") || "file"
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

/**
 * Sends a stored file through the File Module with the inert headers. `cache` decides whether
 * shared caches may keep it (public files) or nobody may (private ones). Answers false when the
 * file is not in the store.
 */
export async function sendStoredFile(
  container: MedusaContainer,
  res: MedusaResponse,
  file: { key: string; filename: string; cache: "public" | "private"; forceDownload?: boolean; headOnly?: boolean }
): Promise<boolean> {
  let bytes: Buffer
  try {
    bytes = await container.resolve(Modules.FILE).getAsBuffer(file.key)
  } catch (error) {
    const code = (error as { code?: string; type?: string }).code ?? (error as { type?: string }).type
    if (code === "ENOENT" || code === "EISDIR" || code === "invalid_data" || code === "not_found") return false
    throw error
  }
  const { contentType, inline } = servedAs(file.key)
  res.setHeader("Content-Type", contentType)
  for (const [name, value] of Object.entries(INERT_FILE_HEADERS)) res.setHeader(name, value)
  res.setHeader("Content-Disposition", contentDisposition(inline && !file.forceDownload ? "inline" : "attachment", file.filename))
  res.setHeader("Cache-Control", file.cache === "public" ? "public, max-age=86400" : "private, no-store")
  res.setHeader("Content-Length", String(bytes.length))
  if (file.headOnly) res.status(200).end()
  else res.status(200).send(bytes)
  return true
}
