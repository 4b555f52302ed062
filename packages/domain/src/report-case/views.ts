import type { ReportCaseEntryKind, ReportCaseKind, ReportCaseSource, ReportCaseStatus } from "./vocabulary"

/**
 * The report-case API's response shapes, so backend routes, the admin extension and the storefront
 * read one definition. Types only; dates are ISO strings.
 */

/** The code a shopper reported from a trace page, as scanned; `known` says whether it exists. */
export interface ReportedCode {
  gtin: string | null
  lot: string | null
  serial: string | null
  /** True when the serial (or, without one, the lot) was found; an unknown code may be the counterfeit itself. */
  known: boolean
}

/** POST /store/report-cases answers what the shopper needs to follow up, nothing about others. */
export interface StoreReportCaseReceipt {
  number: string
  kind: ReportCaseKind
  status: ReportCaseStatus
  created_at: string
}

/** One line of a case's history. */
export interface ReportCaseEntryView {
  id: string
  kind: ReportCaseEntryKind
  from_status: ReportCaseStatus | null
  to_status: ReportCaseStatus | null
  /** The staff user who acted (admin user id). */
  actor_id: string
  /** Their e-mail when the user still exists. */
  actor_email: string | null
  note: string | null
  /** What the action was applied to (product, certificate, enterprise or serial id). */
  target_id: string | null
  created_at: string
}

interface ReportCaseCore {
  id: string
  number: string
  kind: ReportCaseKind
  status: ReportCaseStatus
  source: ReportCaseSource
  description: string
  product: { id: string; title: string; handle: string; status: string } | null
  code: ReportedCode | null
  resolution: string | null
  created_at: string
  closed_at: string | null
}

/** GET /admin/report-cases (list rows) and the heart of the detail. */
export interface AdminReportCase extends ReportCaseCore {
  contact: string | null
  has_photo: boolean
  enterprise: { id: string; name: string; status: string } | null
  batch_id: string | null
  serial_id: string | null
}

/** A certificate of the case's product or enterprise, for the revoke action. */
export interface ReportCaseCertificate {
  id: string
  number: string
  standard_code: string
  valid_until: string
  revoked_at: string | null
}

/** GET /admin/report-cases/:id. */
export interface AdminReportCaseDetail extends AdminReportCase {
  /** A short-lived link to the photo for staff, or null. */
  photo_url: string | null
  batch: { id: string; gtin: string; lot: string } | null
  certificates: ReportCaseCertificate[]
  history: ReportCaseEntryView[]
}

/** GET /enterprise/report-cases: what an enterprise sees of a case about its products; never the reporter's contact or photo. */
export interface EnterpriseReportCase extends ReportCaseCore {
  /** What happened and when; staff notes stay internal (the closing note is `resolution`). */
  history: Pick<ReportCaseEntryView, "kind" | "from_status" | "to_status" | "created_at">[]
}
