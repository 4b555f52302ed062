import { model } from "@medusajs/framework/utils"

/**
 * An enterprise's low-stock threshold for one of its variants: when the variant's sellable stock
 * (stocked − reserved) is at or below it, its owner and operators are told, once per crossing.
 * One row per variant; none for a variant without a threshold.
 */
const LowStockThreshold = model
  .define("low_stock_threshold", {
    id: model.id({ prefix: "lowstk" }).primaryKey(),
    // The Medusa product variant (variant_…) and the enterprise owning its product when it was set.
    variant_id: model.text(),
    enterprise_id: model.text(),
    threshold: model.number(),
    // When the team was told of the current dip; null while sellable stock is above the threshold
    // (re-armed), so the next fall is a new crossing and a new notice.
    alerted_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["variant_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["enterprise_id"], where: "deleted_at IS NULL" },
  ])

export default LowStockThreshold
