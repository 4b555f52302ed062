/**
 * Pure helpers of the enterprise portal (no I/O, no Next.js): parsing what enterprise users type,
 * the same-origin check behind the portal's CSRF guard, periods and chart scaling.
 */

import { ENTERPRISE_UPLOAD_MAX_BYTES } from "@seleno/domain"

/** A price typed in yuan ("128", "128.5", "¥1,280.00") as Medusa's major-unit amount, or null. */
export function parseYuan(input: string): number | null {
  const cleaned = input.trim().replace(/^[¥￥]\s*/, "").replace(/,/g, "")
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return null
  const value = Number(cleaned)
  return value > 0 ? Math.round(value * 100) / 100 : null
}

/** A stock count: a whole number from 0, or null. */
export function parseStock(input: string): number | null {
  const cleaned = input.trim()
  if (!/^\d{1,7}$/.test(cleaned)) return null
  return Number(cleaned)
}

/** A quantity to ship: a whole number from 0 to `max`, or null. Empty counts as 0. */
export function parseShipQuantity(input: string, max: number): number | null {
  const cleaned = input.trim()
  if (cleaned === "") return 0
  if (!/^\d{1,6}$/.test(cleaned)) return null
  const value = Number(cleaned)
  return value <= max ? value : null
}

/** A product handle, or null when it is not lowercase letters, digits and single hyphens. */
export function normalizeHandle(input: string): string | null {
  const cleaned = input.trim().toLowerCase()
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(cleaned) && cleaned.length <= 100 ? cleaned : null
}

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** Today's date in Beijing time as YYYY-MM-DD. */
export function beijingDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/**
 * The settlement period asked for in the URL, or the current month so far (Beijing time) when the
 * URL names none; `valid` is false when the URL's dates are not dates or are in the wrong order.
 */
export function settlementPeriod(from: string | undefined, to: string | undefined, now: Date): { from: string; to: string; valid: boolean } {
  const today = beijingDate(now)
  const fallback = { from: `${today.slice(0, 7)}-01`, to: today }
  if (!from && !to) return { ...fallback, valid: true }
  const f = from ?? fallback.from
  const t = to ?? fallback.to
  const valid = isIsoDate(f) && isIsoDate(t) && f <= t
  return valid ? { from: f, to: t, valid } : { ...fallback, valid: false }
}

/**
 * The CSRF guard the portal's server actions run first. Next.js already refuses a server action
 * whose Origin names another host, but lets a request with no Origin through (with a warning); the
 * portal refuses that too. The host is the forwarded host when a proxy sets one, as Next.js does.
 */
export function isSameOriginRequest(headers: { origin: string | null; host: string | null; forwardedHost: string | null }, allowedHosts: readonly string[] = []): boolean {
  if (!headers.origin) return false
  let originHost: string
  try {
    originHost = new URL(headers.origin).host
  } catch {
    return false
  }
  const own = (headers.forwardedHost?.split(",")[0]?.trim() || headers.host || "").toLowerCase()
  return Boolean(own) && (originHost.toLowerCase() === own || allowedHosts.includes(originHost.toLowerCase()))
}

/** Seconds from a Retry-After header (seconds or an HTTP date), or null. */
export function retryAfterSeconds(header: string | null, now: Date): number | null {
  if (!header) return null
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const at = Date.parse(trimmed)
  if (Number.isNaN(at)) return null
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000))
}

export type UploadProblem = "type" | "size"

/** What is wrong with an uploaded file for the portal, or null: the backend's own type and size limits. */
export function uploadProblem(file: { type: string; size: number }, allowedTypes: readonly string[], maxBytes = ENTERPRISE_UPLOAD_MAX_BYTES): UploadProblem | null {
  if (!allowedTypes.includes(file.type)) return "type"
  if (file.size > maxBytes) return "size"
  return null
}

export const DOCUMENT_TYPES = ["image/jpeg", "image/png", "application/pdf"] as const
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const

/** Bars for a chart: each value's height in percent of the largest (at least 1 % for non-zero values). */
export function barHeights(values: readonly number[]): number[] {
  const max = Math.max(0, ...values)
  if (max <= 0) return values.map(() => 0)
  return values.map((value) => (value <= 0 ? 0 : Math.max(1, Math.round((value / max) * 1000) / 10)))
}

/** A commission in basis points as a percentage string ("5%", "2.5%"). */
export function basisPointsToPercent(bps: number): string {
  return `${Math.round(bps) / 100}%`
}

/** A file name for a settlement CSV of a period. */
export function settlementFileName(handle: string, from: string, to: string): string {
  const safe = handle.replace(/[^a-z0-9-]/gi, "").toLowerCase() || "enterprise"
  return `seleno-settlement-${safe}-${from}-${to}.csv`
}
