import { model } from "@medusajs/framework/utils"

/**
 * A cart or order credited to a campaign. `attributed` is true when the shopper came through the
 * campaign's link (first touch within the window); an order that used the campaign's discounts
 * without arriving through its link is kept too (attributed false) so discount spent is complete.
 * Money is in the currency's major unit as Medusa keeps it (yuan for CNY). A cart credit names
 * the visit that claimed it (`campaign_visit_id`): reports count carts through their visits, so a
 * cart is never counted without its visit, and by that visit's source and medium.
 */
const CampaignConversion = model
  .define("campaign_conversion", {
    id: model.id({ prefix: "cconv" }).primaryKey(),
    kind: model.enum(["cart", "order"]),
    campaign_page_id: model.text(),
    visitor_id: model.text().nullable(),
    campaign_visit_id: model.text().nullable(),
    cart_id: model.text(),
    order_id: model.text().nullable(),
    attributed: model.boolean().default(true),
    revenue: model.bigNumber().default(0),
    discount: model.bigNumber().default(0),
    currency_code: model.text().default("cny"),
    converted_at: model.dateTime(),
  })
  .indexes([
    { on: ["campaign_page_id", "converted_at"] },
    { on: ["campaign_visit_id"] },
    { on: ["kind", "cart_id", "campaign_page_id"], unique: true },
  ])

export default CampaignConversion
