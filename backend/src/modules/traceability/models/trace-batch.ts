import { model } from "@medusajs/framework/utils"
import PackageSerial from "./package-serial"
import TraceEvent from "./trace-event"

/**
 * A lot of one product variant. Its GS1 key is the variant's GTIN-14 plus the lot; the variant,
 * enterprise and base are reached through module links.
 */
const TraceBatch = model
  .define("trace_batch", {
    id: model.id({ prefix: "batch" }).primaryKey(),
    gtin: model.text(),
    lot: model.text(),
    produced_on: model.dateTime(),
    quantity: model.number(),
    inspection_mg_per_kg: model.float().nullable(),
    inspection_lab: model.text().nullable(),
    inspected_on: model.dateTime().nullable(),
    events: model.hasMany(() => TraceEvent, { mappedBy: "batch" }),
    serials: model.hasMany(() => PackageSerial, { mappedBy: "batch" }),
  })
  .indexes([{ on: ["gtin", "lot"], unique: true, where: "deleted_at IS NULL" }])

export default TraceBatch
