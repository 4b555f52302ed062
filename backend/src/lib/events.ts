/**
 * Emitted when what a product claims changes without the product itself changing: its brand or
 * enterprise link, or a certificate linked to it. Module links emit no events of their own, and
 * the search index must follow these claims. Data: `{ id: string[] }` (product ids).
 */
export const PRODUCT_CLAIMS_CHANGED = "product.claims_changed"

/** A shopper filed a report (举报). Data: `{ id: string }` (the report case id). */
export const REPORT_CASE_CREATED = "report_case.created"

// Review and settlement events: each tells the people concerned (see subscribers/enterprise-notices.ts).

/** An enterprise applied to sell. Data: `{ id: string }` (the enterprise id). */
export const ENTERPRISE_APPLIED = "enterprise.applied"
/** Staff decided an application. Data: `{ id: string; decision: "approve" | "reject" }`. */
export const ENTERPRISE_REVIEWED = "enterprise.reviewed"
/** An enterprise sent a listing to review. Data: `{ id: string }` (the product id). */
export const LISTING_SUBMITTED = "listing.submitted"
/** Staff decided a listing. Data: `{ id: string; decision: "approve" | "reject" }` (the product id). */
export const LISTING_REVIEWED = "listing.reviewed"
/** An enterprise submitted a certificate. Data: `{ id: string }` (the certificate id). */
export const CERTIFICATE_SUBMITTED = "certificate.submitted"
/** Staff decided a certificate. Data: `{ id: string; decision: "approve" | "reject" }`. */
export const CERTIFICATE_REVIEWED = "certificate.reviewed"
/** A settlement statement was closed. Data: `{ id: string }` (the statement id). */
export const SETTLEMENT_CLOSED = "settlement.closed"
/** An enterprise asked to sell under a brand. Data: `{ id: string }` (the request id). */
export const AUTHORIZATION_REQUESTED = "brand_authorization_request.created"
/** Staff granted or refused a brand authorization request. Data: `{ id: string; decision: "grant" | "refuse" }`. */
export const AUTHORIZATION_REQUEST_DECIDED = "brand_authorization_request.decided"
/** An approved enterprise sent a change of its legal details for review. Data: `{ id: string }` (the change id). */
export const PROFILE_CHANGE_SUBMITTED = "enterprise_profile_change.submitted"
/** Staff decided a change of legal details. Data: `{ id: string; decision: "approve" | "reject" }`. */
export const PROFILE_CHANGE_DECIDED = "enterprise_profile_change.decided"
/** An enterprise changed a variant's stock in the portal. Data: `{ variant_ids: string[] }`. */
export const VARIANT_STOCK_CHANGED = "variant.stock_changed"
