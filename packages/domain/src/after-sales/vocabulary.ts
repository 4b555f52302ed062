/**
 * The after-sales (售后) context's vocabulary: what a shopper may ask for, why, and where the
 * request stands. The module's enums, the store and portal validators and both apps read these.
 */

/**
 * return_refund: the goods go back to the enterprise, the refund follows once it has them.
 * quality_claim: refund only; the photos are the evidence and the goods stay with the shopper
 * (spoiled fruit or a crushed box are not worth posting back).
 */
export const AFTER_SALES_KINDS = ["return_refund", "quality_claim"] as const
export type AfterSalesKind = (typeof AFTER_SALES_KINDS)[number]

/** no_reason is 七天无理由退货; every other reason says the enterprise is at fault. */
export const AFTER_SALES_REASONS = ["no_reason", "wrong_item", "not_as_described", "damaged", "spoiled", "quality_defect"] as const
export type AfterSalesReason = (typeof AFTER_SALES_REASONS)[number]

/** Which reasons go with which kind: a no-reason return always sends the goods back. */
export const AFTER_SALES_REASONS_BY_KIND: Record<AfterSalesKind, readonly AfterSalesReason[]> = {
  return_refund: ["no_reason", "wrong_item", "not_as_described", "damaged", "quality_defect"],
  quality_claim: ["damaged", "spoiled", "quality_defect", "wrong_item", "not_as_described"],
}

/**
 * requested → refused (with the enterprise's reason), or → approved (Medusa return requested; the
 * goods are on their way back) → refunded once received; a quality claim goes requested → refunded.
 * The shopper may withdraw a request while it is still requested (nothing has moved yet).
 */
export const AFTER_SALES_STATUSES = ["requested", "approved", "refused", "refunded", "withdrawn"] as const
export type AfterSalesStatus = (typeof AFTER_SALES_STATUSES)[number]

/** Statuses whose units are spoken for: no second request may claim them. */
export const OPEN_AFTER_SALES_STATUSES: readonly AfterSalesStatus[] = ["requested", "approved"]

/** Who confirmed that a part arrived. */
export const DELIVERY_CONFIRMERS = ["customer", "auto"] as const
export type DeliveryConfirmer = (typeof DELIVERY_CONFIRMERS)[number]

export const AFTER_SALES_LIMITS = {
  /** 消费者权益保护法 第二十五条: seven days from receipt. */
  noReasonDays: 7,
  /**
   * A quality claim is "always" possible, but not forever: 30 days from delivery covers a fault that
   * shows after opening (tea, rice, oil), while a claim months later can no longer be told apart from
   * storage at home. Past that the shopper goes to the platform's customer service.
   */
  qualityClaimDays: 30,
  /** Days after shipment when a part counts as delivered if the shopper never confirmed it. */
  defaultAutoConfirmDays: 10,
  noteMax: 500,
  refusalMax: 300,
  photosMax: 3,
  photoMaxBytes: 2 * 1024 * 1024,
} as const

/** Why a request (or a decision on it) is refused; each comes with a 4xx and the storefront words it. */
export const AFTER_SALES_PROBLEM_CODES = [
  "kind_invalid",
  "reason_invalid",
  "reason_kind_mismatch",
  "items_required",
  "item_not_in_part",
  "item_listed_twice",
  "quantity_invalid",
  "quantity_exceeds",
  "open_request_exists",
  "not_delivered",
  "no_reason_window_closed",
  "claim_window_closed",
  "perishable_no_reason",
  "note_too_long",
  "too_many_photos",
  "photo_empty",
  "photo_too_large",
  "photo_not_image",
  "not_your_order",
  "part_not_shipped",
  "already_delivered",
  "status_not_requested",
  "status_not_approved",
  "refusal_reason_required",
  "payment_not_captured",
  "refund_exceeds_paid",
  "returns_via_after_sales",
] as const
export type AfterSalesProblemCode = (typeof AFTER_SALES_PROBLEM_CODES)[number]
