/**
 * Staff roles without Medusa's RBAC module (it needs a commercial licence): an admin user whose
 * `metadata.role` is "marketing" may reach only what campaigns need; anyone else is platform staff.
 * The decision is by method and path, as an allow-list, so an admin route added later is refused to
 * marketing staff until someone decides otherwise here.
 */
export const MARKETING_ROLE = "marketing"

export type StaffRole = "marketing" | "platform"

export function staffRole(user: { metadata?: Record<string, unknown> | null } | null | undefined): StaffRole {
  return user?.metadata?.role === MARKETING_ROLE ? "marketing" : "platform"
}

/** Paths marketing staff may use with any method: the campaign tools themselves. */
const ANY_METHOD = ["/admin/marketing", "/admin/campaigns", "/admin/promotions", "/admin/price-lists"]

/** Paths marketing staff may read (GET): what a campaign refers to, and their own session. */
const READ_ONLY = [
  "/admin/products",
  "/admin/product-categories",
  "/admin/brands",
  "/admin/regions",
  "/admin/stores",
  "/admin/currencies",
  "/admin/sales-channels",
  "/admin/customer-groups",
  "/admin/views",
  "/admin/locales",
  "/admin/translations",
]

/** Exact paths (no sub-paths) marketing staff may use with the given methods. */
const EXACT: Record<string, readonly string[]> = {
  "/admin/uploads": ["POST"],
  "/admin/users/me": ["GET"],
  "/admin/feature-flags": ["GET"],
}

/**
 * The path as Express routes it: without query, lower case (Express matches routes case-insensitively)
 * and without trailing slashes (non-strict routing ignores them).
 */
export function routePath(url: string): string {
  const path = url.split(/[?#]/, 1)[0]!.toLowerCase()
  const trimmed = path.replace(/\/+$/, "")
  return trimmed === "" ? "/" : trimmed
}

/** `path` is `prefix` itself or below it (so /admin/products does not cover /admin/products-x). */
function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`)
}

/** Whether marketing staff may call `method` on `url` (an /admin URL, query allowed). */
export function marketingMay(method: string, url: string): boolean {
  const verb = method.toUpperCase()
  const path = routePath(url)
  if (ANY_METHOD.some((prefix) => under(path, prefix))) return true
  if ((verb === "GET" || verb === "HEAD") && READ_ONLY.some((prefix) => under(path, prefix))) return true
  return EXACT[path]?.includes(verb === "HEAD" ? "GET" : verb) ?? false
}

/** The 403 message: names what was refused so the person knows to ask platform staff. */
export function marketingRefusal(method: string, url: string): string {
  return `Marketing staff cannot ${method.toUpperCase()} ${routePath(url)}; ask platform staff to do this`
}

/**
 * Marketing staff upload campaign images only (hero and share images): raster types a browser shows
 * as an image. SVG is left out on purpose: it can carry script.
 */
export const MARKETING_IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif", "image/avif"] as const

/** The first uploaded file marketing staff may not upload, or null when all are images. */
export function refusedUpload(files: { originalname?: string; mimetype?: string }[]): { name: string; type: string } | null {
  const bad = files.find((f) => !(MARKETING_IMAGE_TYPES as readonly string[]).includes((f.mimetype ?? "").toLowerCase()))
  return bad ? { name: bad.originalname ?? "file", type: bad.mimetype ?? "unknown" } : null
}
