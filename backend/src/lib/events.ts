/**
 * Emitted when what a product claims changes without the product itself changing: its brand or
 * enterprise link, or a certificate linked to it. Module links emit no events of their own, and
 * the search index must follow these claims. Data: `{ id: string[] }` (product ids).
 */
export const PRODUCT_CLAIMS_CHANGED = "product.claims_changed"

/** A shopper filed a report (举报). Data: `{ id: string }` (the report case id). */
export const REPORT_CASE_CREATED = "report_case.created"
