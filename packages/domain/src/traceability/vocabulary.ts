/**
 * The words of traceability's counterfeit signal and batch withdrawal (issue 16), read by the
 * backend's models and validators, the admin and the storefront alike.
 */

/**
 * Where a package serial stands as a counterfeit signal:
 * - `normal`: nothing unusual;
 * - `suspicious`: its scans crossed the thresholds; enterprise and staff see the evidence, the
 *   public page does not change (a signal anyone could provoke must not speak to shoppers);
 * - `confirmed`: staff confirmed a counterfeit; the public page warns and shows no certified badge;
 * - `cleared`: staff looked and found nothing; only scans after the clear can make it suspicious again.
 */
export const SERIAL_SIGNAL_STATES = ["normal", "suspicious", "confirmed", "cleared"] as const
export type SerialSignalState = (typeof SERIAL_SIGNAL_STATES)[number]

/** The states staff review lists show (a serial waiting for a decision, or a confirmed counterfeit). */
export const FLAGGED_SIGNAL_STATES = ["suspicious", "confirmed"] as const satisfies readonly SerialSignalState[]
export type FlaggedSignalState = (typeof FLAGGED_SIGNAL_STATES)[number]

/** Why the thresholds rule made a serial suspicious. */
export const COUNTERFEIT_REASONS = ["many_scans", "many_networks"] as const
export type CounterfeitReason = (typeof COUNTERFEIT_REASONS)[number]

/** What staff may decide about a serial. */
export const SERIAL_REVIEW_ACTIONS = ["confirm", "clear"] as const
export type SerialReviewAction = (typeof SERIAL_REVIEW_ACTIONS)[number]

/** Who voided a batch: platform staff, or the enterprise for its own batch. */
export const BATCH_VOIDED_BY = ["staff", "enterprise"] as const
export type BatchVoidedBy = (typeof BATCH_VOIDED_BY)[number]

/** A void reason is shown to shoppers on the QR page: a sentence, not an essay. */
export const BATCH_VOID_REASON_MAX = 500
/** A staff note on a confirm or clear decision. */
export const SERIAL_REVIEW_NOTE_MAX = 1000

/** What happened to a batch (生产记录), in the order a batch usually goes through them. */
export const TRACE_EVENT_TYPES = ["harvested", "processed", "inspected", "packed", "shipped"] as const
export type TraceEventType = (typeof TRACE_EVENT_TYPES)[number]

/**
 * Codes of refusals, so the admin and the portal can translate them. Each backend message starts
 * with nothing hidden; the code is for the UI.
 */
export const TRACE_ERROR_CODES = [
  "batch_enterprise_mismatch",
  "product_without_enterprise",
  "variant_without_gtin",
  "batch_already_voided",
  "batch_voided",
  "serial_nothing_to_clear",
  "scan_rate_limited",
] as const
export type TraceErrorCode = (typeof TRACE_ERROR_CODES)[number]
