import { isEmail, normalizeChineseMobile } from "../contact"
import {
  CASE_NUMBER_PREFIX,
  REPORT_CASE_KINDS,
  REPORT_LIMITS,
  type ReportCaseAction,
  type ReportCaseKind,
  type ReportCaseProblem,
  type ReportCaseStatus,
  type ReportPhotoType,
} from "./vocabulary"

// ---- Case numbers ----

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000 // China keeps UTC+8 all year (no daylight saving).

/** The China calendar day of an instant, as YYYYMMDD: a case reported at 23:30 UTC belongs to the next day. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, "")
}

/** The case number of a day's n-th case (n ≥ 1): JB-20261206-0001; a day past 9999 cases widens. */
export function caseNumber(day: string, sequence: number): string {
  if (!/^\d{8}$/.test(day)) throw new RangeError(`day must be YYYYMMDD, got "${day}"`)
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence must be a whole number from 1, got ${sequence}`)
  return `${CASE_NUMBER_PREFIX}-${day}-${String(sequence).padStart(4, "0")}`
}

const CASE_NUMBER = new RegExp(`^${CASE_NUMBER_PREFIX}-(\\d{8})-(\\d{4,})$`)

/** True for a well-formed case number (as a confirmation page's query parameter, which anyone can type). */
export function isCaseNumber(value: string): boolean {
  const match = CASE_NUMBER.exec(value)
  return Boolean(match && Number(match[2]) >= 1)
}

// ---- What a shopper sends ----

export function isReportCaseKind(value: string): value is ReportCaseKind {
  return (REPORT_CASE_KINDS as readonly string[]).includes(value)
}

/** Why a description cannot be filed, or null. Counted in characters as a person sees them (汉字 count one). */
export function descriptionProblem(description: string): "description_required" | "description_too_long" | null {
  const text = description.trim()
  if (!text) return "description_required"
  if ([...text].length > REPORT_LIMITS.descriptionMax) return "description_too_long"
  return null
}

/**
 * A contact the platform can reach the shopper at: a mainland mobile number (kept as its 11 digits)
 * or an e-mail address (kept lower case). Empty means the shopper stays anonymous.
 */
export function normalizeReportContact(contact: string): { ok: true; contact: string | null } | { ok: false; problem: "contact_invalid" } {
  const text = contact.trim()
  if (!text) return { ok: true, contact: null }
  if (text.length > REPORT_LIMITS.contactMax) return { ok: false, problem: "contact_invalid" }
  const mobile = normalizeChineseMobile(text)
  if (mobile) return { ok: true, contact: mobile }
  if (isEmail(text)) return { ok: true, contact: text.toLowerCase() }
  return { ok: false, problem: "contact_invalid" }
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b)
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

/** The image type a file's first bytes prove, or null: the name and declared type are the sender's word, these are not. */
export function reportPhotoType(bytes: Uint8Array): ReportPhotoType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png"
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg"
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp"
  return null
}

/** Why a photo cannot be attached, or null. */
export function photoProblem(bytes: Uint8Array): "photo_empty" | "photo_too_large" | "photo_not_image" | null {
  if (bytes.length === 0) return "photo_empty"
  if (bytes.length > REPORT_LIMITS.photoMaxBytes) return "photo_too_large"
  return reportPhotoType(bytes) ? null : "photo_not_image"
}

// ---- Throttling ----

/**
 * The network a report counts against: the /24 of an IPv4 address, the /64 of an IPv6 one (what
 * one household or mobile subscriber is usually given), so hopping between neighbouring addresses
 * does not buy more reports.
 */
export function reportNetwork(address: string): string {
  const v4 = address.replace(/^::ffff:/i, "")
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v4)) return `${v4.split(".").slice(0, 3).join(".")}.0/24`
  if (!address.includes(":")) return address || "unknown"
  const [head = "", tail = ""] = address.toLowerCase().split("::")
  const left = head ? head.split(":") : []
  const right = tail ? tail.split(":") : []
  const groups = address.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`
}

/** The fixed hour window an instant falls in: its start, and how many seconds remain of it. */
export function reportWindow(at: Date, windowMs: number = REPORT_LIMITS.windowMs): { startsAt: Date; retryAfterSeconds: number } {
  const start = Math.floor(at.getTime() / windowMs) * windowMs
  return { startsAt: new Date(start), retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - at.getTime()) / 1000)) }
}

// ---- The staff queue ----

/** The moves a case may make: taken up, then closed; a case that needs no work (spam) may be closed at once. */
const TRANSITIONS: Record<ReportCaseStatus, readonly ReportCaseStatus[]> = {
  new: ["investigating", "closed"],
  investigating: ["closed"],
  closed: [],
}

export function allowedTransitions(from: ReportCaseStatus): readonly ReportCaseStatus[] {
  return TRANSITIONS[from]
}

/** Why a case may not move from `from` to `to` with this note, or null. Closing must say how the case was resolved. */
export function transitionProblem(from: ReportCaseStatus, to: ReportCaseStatus, note: string | null | undefined): ReportCaseProblem | null {
  if (from === to) return "same_status"
  if (!TRANSITIONS[from].includes(to)) return "transition_not_allowed"
  const text = (note ?? "").trim()
  if (to === "closed" && !text) return "note_required"
  if ([...text].length > REPORT_LIMITS.noteMax) return "note_too_long"
  return null
}

/** What an action needs the case to be about. */
export interface ReportCaseSubject {
  status: ReportCaseStatus
  product_id: string | null
  enterprise_id: string | null
  serial_id: string | null
}

/** Why staff may not take `action` on a case, or null. A closed case is a record: nothing more is done from it. */
export function actionProblem(action: ReportCaseAction, subject: ReportCaseSubject): ReportCaseProblem | null {
  if (subject.status === "closed") return "case_closed"
  switch (action) {
    case "confirm_counterfeit":
      return subject.serial_id ? null : "no_serial"
    case "unpublish_listing":
      return subject.product_id ? null : "no_product"
    case "revoke_certificate":
      return subject.product_id || subject.enterprise_id ? null : "no_product"
    case "suspend_enterprise":
      return subject.enterprise_id ? null : "no_enterprise"
  }
}

/** An action taken on a new case means someone is working on it. */
export function statusAfterAction(status: ReportCaseStatus): ReportCaseStatus {
  return status === "new" ? "investigating" : status
}
