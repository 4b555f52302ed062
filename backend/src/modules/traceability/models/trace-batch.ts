import { model } from "@medusajs/framework/utils"
import { BATCH_VOIDED_BY } from "@seleno/domain"
import PackageSerial from "./package-serial"
import TraceEvent from "./trace-event"

/**
 * A lot of one product variant, always of the enterprise that owns the variant's product. Its GS1
 * key is the variant's GTIN-14 plus the lot; the variant, enterprise and base are reached through
 * module links.
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
    // A withdrawn batch: its QR pages say so and its scans no longer count.
    voided_at: model.dateTime().nullable(),
    void_reason: model.text().nullable(),
    voided_by: model.text().nullable(),
    voided_by_type: model.enum([...BATCH_VOIDED_BY]).nullable(),
    events: model.hasMany(() => TraceEvent, { mappedBy: "batch" }),
    serials: model.hasMany(() => PackageSerial, { mappedBy: "batch" }),
  })
  .indexes([{ on: ["gtin", "lot"], unique: true, where: "deleted_at IS NULL" }])

export default TraceBatch
