import { model } from "@medusajs/framework/utils"

/**
 * Internal handling facts of a product that Medusa has no field for. Keyed by the product's id (one
 * row per product, none for a product that is neither perishable nor ever taken offline). The temperature class is not stored
 * here: it is the product's shipping profile (an enterprise's parcel), so the two cannot disagree.
 */
const ProductHandling = model.define("product_handling", {
  // The Medusa product id (prod_…).
  id: model.text().primaryKey(),
  // 鲜活易腐: excluded from 7-day no-reason returns (消费者权益保护法 第二十五条).
  perishable: model.boolean().default(false),
  // 下架: when the enterprise took the listing offline (null while it is on sale or never published).
  offline_at: model.dateTime().nullable(),
  // The sales channels it was taken out of, so that putting it back (上架) restores exactly those.
  offline_sales_channel_ids: model.json().nullable(),
})

export default ProductHandling
