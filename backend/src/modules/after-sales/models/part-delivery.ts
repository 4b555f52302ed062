import { model } from "@medusajs/framework/utils"
import { DELIVERY_CONFIRMERS } from "@seleno/domain"

/**
 * When an enterprise's part of an order reached the shopper: confirmed by the shopper or by the
 * daily job some days after shipment. The 7-day no-reason window runs from delivered_at. One row
 * per part, never rewritten: the first confirmation stands.
 */
const PartDelivery = model
  .define("part_delivery", {
    id: model.id({ prefix: "pdlv" }).primaryKey(),
    order_id: model.text(),
    enterprise_id: model.text(),
    delivered_at: model.dateTime(),
    confirmed_by: model.enum([...DELIVERY_CONFIRMERS]),
  })
  .indexes([{ on: ["order_id", "enterprise_id"], unique: true }])

export default PartDelivery
