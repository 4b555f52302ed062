import type { BatchVoidedBy, CounterfeitReason, SerialSignalState } from "./vocabulary"

/*
 * Response shapes of the traceability API (issue 16), as the backend routes return them and the
 * storefront and admin read them. Dates are ISO strings.
 */

/** What the public trace page learns about a package's scans. The suspicion tier is not in it. */
export interface PublicScanSummary {
  /** Whether this request counted a scan. */
  counted: boolean
  scan_count: number
  /** How many different networks the code was scanned from. */
  networks: number
  first_scanned_at: string | null
  last_scanned_at: string | null
  /** True only once staff confirmed a counterfeit. */
  counterfeit_warning: boolean
}

/** GET /store/trace/:gtin/:lot/:serial, POST …/scans and …/scans/location. */
export interface PublicSerialResponse {
  serial: string
  scans: PublicScanSummary
  /** Only on …/scans/location: the coarse place the visitor's network scan now counts in. */
  place?: string
}

/** A withdrawn batch, as the public QR page shows it. */
export interface PublicBatchVoid {
  voided_at: string
  reason: string
}

/** A withdrawn batch, as staff and its enterprise see it. */
export interface StaffBatchVoid extends PublicBatchVoid {
  voided_by: string
  voided_by_type: BatchVoidedBy
}

/** A 429 of the scan routes: nothing was counted; try again after `retry_after` seconds. */
export interface ScanRateLimitedResponse {
  type: "too_many_requests"
  code: "scan_rate_limited"
  message: string
  retry_after: number
}

/** The evidence behind a signal: the serial's counters and where its scans came from. */
export interface SerialEvidence {
  scan_count: number
  network_count: number
  /** Counted since staff last cleared the serial (all of them when never cleared). */
  scans_since_review: number
  networks_since_review: number
  first_scanned_at: string | null
  last_scanned_at: string | null
  /** The most frequent places (a network or a shared 0.1° cell), most scans first. */
  places: { place: string; scans: number }[]
}

/** One serial in the staff and enterprise review lists. */
export interface StaffSerialSignal {
  id: string
  serial: string
  state: SerialSignalState
  reasons: CounterfeitReason[]
  suspected_at: string | null
  reviewed_at: string | null
  reviewed_by: string | null
  review_note: string | null
  evidence: SerialEvidence
  batch: { id: string; gtin: string; lot: string; product_title: string | null; enterprise_name: string | null }
}

/** GET /admin/flagged-serials and GET /enterprise/flagged-serials. */
export interface StaffSerialSignalList {
  serials: StaffSerialSignal[]
  count: number
}
