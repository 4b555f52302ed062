import { model } from "@medusajs/framework/utils"

/**
 * What one order line was charged and who funds its discounts, written when the order is placed so
 * settlement never re-derives it from price lists or promotions as they are later. Fen throughout.
 */
const OrderLineFunding = model
  .define("order_line_funding", {
    id: model.id({ prefix: "olfund" }).primaryKey(),
    order_id: model.text().index(),
    /** The order line item id (ordli_…). */
    item_id: model.text().unique(),
    variant_id: model.text().nullable(),
    quantity: model.number(),
    unit_price_fen: model.number(),
    /** The regular price the line was cut from (Medusa's compare_at_unit_price); null without a cut. */
    list_unit_price_fen: model.number().nullable(),
    /** The live session whose price list priced the line, and who funds it. */
    live_session_id: model.text().nullable(),
    live_funding: model.text().nullable(),
    platform_live_fen: model.number().default(0),
    platform_promotion_fen: model.number().default(0),
  })

export default OrderLineFunding
