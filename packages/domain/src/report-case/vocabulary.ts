/**
 * 举报 (report a problem): the words shoppers, staff and enterprises share about a case. The
 * backend's models enumerate these lists, its validators read the limits, the admin and the
 * storefront label them; nothing here is written out twice.
 */

/** What a shopper reports: a fake product or code, a label that claims what the product is not, or a quality problem. */
export const REPORT_CASE_KINDS = ["counterfeit", "wrong_label", "quality"] as const
export type ReportCaseKind = (typeof REPORT_CASE_KINDS)[number]

/** Where a case stands in the staff queue. */
export const REPORT_CASE_STATUSES = ["new", "investigating", "closed"] as const
export type ReportCaseStatus = (typeof REPORT_CASE_STATUSES)[number]

/** Where the shopper reported from: a product page, or the trace page a package's QR code opens. */
export const REPORT_CASE_SOURCES = ["product_page", "trace_page"] as const
export type ReportCaseSource = (typeof REPORT_CASE_SOURCES)[number]

/** What staff can do about a case besides moving its status; each is recorded in the case history. */
export const REPORT_CASE_ACTIONS = ["confirm_counterfeit", "unpublish_listing", "revoke_certificate", "suspend_enterprise"] as const
export type ReportCaseAction = (typeof REPORT_CASE_ACTIONS)[number]

/** One line of a case's history: a status change or one of the actions. */
export const REPORT_CASE_ENTRY_KINDS = ["status_change", ...REPORT_CASE_ACTIONS] as const
export type ReportCaseEntryKind = (typeof REPORT_CASE_ENTRY_KINDS)[number]

/** Limits of a report; the storefront checks them before sending and the backend again on arrival. */
export const REPORT_LIMITS = {
  descriptionMax: 2000,
  contactMax: 100,
  noteMax: 2000,
  photoMaxBytes: 5 * 1024 * 1024,
  /** Reports one network may file per hour (see reportNetwork). */
  perNetworkPerHour: 5,
  windowMs: 60 * 60 * 1000,
} as const

/** Raster image types a report photo may be, decided by the file's first bytes. */
export const REPORT_PHOTO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const
export type ReportPhotoType = (typeof REPORT_PHOTO_TYPES)[number]

/**
 * Why a report or a staff step is refused: the code travels in the API's answer (`code`) so each
 * app can word it in the reader's language; the backend's message is English for API clients.
 */
export const REPORT_CASE_PROBLEMS = [
  "kind_invalid",
  "description_required",
  "description_too_long",
  "contact_invalid",
  "photo_not_image",
  "photo_too_large",
  "photo_empty",
  "too_many_reports",
  "same_status",
  "transition_not_allowed",
  "note_required",
  "note_too_long",
  "case_closed",
  "no_serial",
  "no_product",
  "no_enterprise",
  "certificate_not_of_case",
  "action_not_available",
] as const
export type ReportCaseProblem = (typeof REPORT_CASE_PROBLEMS)[number]

/** Case numbers read "JB" (举报), the China calendar day, and that day's sequence: JB-20261206-0001. */
export const CASE_NUMBER_PREFIX = "JB"
