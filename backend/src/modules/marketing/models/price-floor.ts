import { model } from "@medusajs/framework/utils"

/** The lowest CNY price (yuan, tax included) an enterprise accepts for one of its variants, from any source. */
const PriceFloor = model.define("price_floor", {
  id: model.id({ prefix: "pfloor" }).primaryKey(),
  enterprise_id: model.text().index(),
  variant_id: model.text().unique(),
  amount: model.bigNumber(),
})

export default PriceFloor
