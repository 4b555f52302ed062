/**
 * Pure helpers of the report (举报) form: reading and checking what a shopper typed with the same
 * domain rules the backend applies, and turning the backend's refusal codes into catalogue keys.
 * No I/O, no Next.js.
 */
import {
  descriptionProblem,
  isCaseNumber,
  isReportCaseKind,
  normalizeReportContact,
  REPORT_LIMITS,
  REPORT_PHOTO_TYPES,
  type ReportCaseKind,
  type StorefrontLocale,
} from "@seleno/domain"

/** The message keys of the form's errors (see `reports.form.errors` in the catalogues). */
export type ReportErrorKey =
  | "kind"
  | "descriptionRequired"
  | "descriptionTooLong"
  | "contact"
  | "photoType"
  | "photoSize"
  | "subject"
  | "tooMany"
  | "generic"

/** What a report is about: a product (product page) or a scanned code (trace page). */
export type ReportSubject = { product_id: string } | { gtin: string; lot: string; serial?: string }

export interface ReportInput {
  kind: ReportCaseKind
  description: string
  contact: string | null
  subject: ReportSubject
  photo: File | null
}

export type ReportReading =
  | { ok: true; input: ReportInput }
  | { ok: false; fieldErrors: Partial<Record<"kind" | "description" | "contact" | "photo" | "subject", ReportErrorKey>> }

const text = (formData: FormData, name: string) => {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

function subjectOf(formData: FormData): ReportSubject | null {
  const productId = text(formData, "product_id")
  if (productId) return { product_id: productId }
  const gtin = text(formData, "gtin")
  const lot = text(formData, "lot")
  const serial = text(formData, "serial")
  if (!gtin || !lot) return null
  return serial ? { gtin, lot, serial } : { gtin, lot }
}

/**
 * Reads the report form. The photo's declared type is only a first filter (the backend checks the
 * bytes); its size is checked here so a shopper hears about it before the upload is sent on.
 */
export function readReportForm(formData: FormData): ReportReading {
  const fieldErrors: Extract<ReportReading, { ok: false }>["fieldErrors"] = {}
  const kind = text(formData, "kind")
  if (!isReportCaseKind(kind)) fieldErrors.kind = "kind"
  const description = text(formData, "description")
  const problem = descriptionProblem(description)
  if (problem) fieldErrors.description = problem === "description_required" ? "descriptionRequired" : "descriptionTooLong"
  const contact = normalizeReportContact(text(formData, "contact"))
  if (!contact.ok) fieldErrors.contact = "contact"
  const file = formData.get("photo")
  const photo = file instanceof File && file.size > 0 ? file : null
  if (photo && !(REPORT_PHOTO_TYPES as readonly string[]).includes(photo.type)) fieldErrors.photo = "photoType"
  else if (photo && photo.size > REPORT_LIMITS.photoMaxBytes) fieldErrors.photo = "photoSize"
  const subject = subjectOf(formData)
  if (!subject) fieldErrors.subject = "subject"
  if (Object.keys(fieldErrors).length || !subject || !isReportCaseKind(kind) || !contact.ok) return { ok: false, fieldErrors }
  return { ok: true, input: { kind, description, contact: contact.contact, subject, photo } }
}

/** The form field and message key of a backend refusal (its `code` and `field`). */
export function backendReportError(status: number, code: string | undefined, field: string | undefined): { field: string | null; key: ReportErrorKey } {
  if (status === 429) return { field: null, key: "tooMany" }
  switch (code) {
    case "kind_invalid":
      return { field: "kind", key: "kind" }
    case "description_required":
      return { field: "description", key: "descriptionRequired" }
    case "description_too_long":
      return { field: "description", key: "descriptionTooLong" }
    case "contact_invalid":
      return { field: "contact", key: "contact" }
    case "photo_not_image":
    case "photo_empty":
      return { field: "photo", key: "photoType" }
    case "photo_too_large":
      return { field: "photo", key: "photoSize" }
  }
  if (field === "product_id" || field === "gtin" || field === "lot" || field === "serial") return { field: null, key: "subject" }
  return { field: null, key: "generic" }
}

/** Whole minutes to wait from a Retry-After of seconds (at least one). */
export function waitMinutes(retryAfter: string | null): number | null {
  if (!retryAfter || !/^\d+$/.test(retryAfter.trim())) return null
  return Math.max(1, Math.ceil(Number(retryAfter) / 60))
}

/** The confirmation page of a filed report. */
export function receiptPath(locale: StorefrontLocale, number: string): string {
  return `/${locale}/report-cases/received?case=${encodeURIComponent(number)}`
}

/** The case number a confirmation page may show: only a well-formed one, since anyone can type the URL. */
export function receiptNumber(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value
  return first && isCaseNumber(first) ? first : null
}
