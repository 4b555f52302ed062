import { model } from "@medusajs/framework/utils"
import { AUTHORIZATION_REQUEST_STATUSES } from "@seleno/domain"
import Enterprise from "./enterprise"

/**
 * An enterprise asks to sell under a regional or county brand; staff grant or refuse it once.
 * The brand is kept by id, not linked: the request only asks, and a grant makes the linked
 * brand authorization (its id is kept here).
 */
const BrandAuthorizationRequest = model.define("brand_authorization_request", {
  id: model.id({ prefix: "baureq" }).primaryKey(),
  brand_id: model.text(),
  category_handles: model.array().default([]),
  note: model.text().nullable(),
  status: model.enum([...AUTHORIZATION_REQUEST_STATUSES]).default("pending"),
  decision_note: model.text().nullable(),
  decided_at: model.dateTime().nullable(),
  brand_authorization_id: model.text().nullable(),
  enterprise: model.belongsTo(() => Enterprise, { mappedBy: "brand_authorization_requests" }),
})

export default BrandAuthorizationRequest
