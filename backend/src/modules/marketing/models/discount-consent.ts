import { model } from "@medusajs/framework/utils"

/**
 * An enterprise's standing answer to "may enterprise-funded campaigns and live prices include my
 * products?". No row means no: an enterprise is never made to pay for a discount it did not accept.
 */
const DiscountConsent = model.define("discount_consent", {
  id: model.id({ prefix: "dcons" }).primaryKey(),
  enterprise_id: model.text().unique(),
  accepts_enterprise_funded: model.boolean().default(false),
})

export default DiscountConsent
