import { model } from "@medusajs/framework/utils"
import Enterprise from "./enterprise"

/**
 * The right to sell under a regional or county brand, limited to product categories and dates.
 * The brand itself lives in the brand module and is reached through a module link.
 */
const BrandAuthorization = model.define("brand_authorization", {
  id: model.id({ prefix: "bauth" }).primaryKey(),
  category_handles: model.array().default([]),
  valid_from: model.dateTime(),
  valid_until: model.dateTime(),
  revoked_at: model.dateTime().nullable(),
  enterprise: model.belongsTo(() => Enterprise, { mappedBy: "brand_authorizations" }),
})

export default BrandAuthorization
