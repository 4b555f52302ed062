import { model } from "@medusajs/framework/utils"
import { SERIAL_SIGNAL_STATES } from "@seleno/domain"
import PackageScan from "./package-scan"
import TraceBatch from "./trace-batch"

/**
 * One package of a batch, identified by its serial in the package's QR code. Its scans are kept as
 * counters here (so counting one is constant work) and as evidence rows in package_scan.
 */
const PackageSerial = model
  .define("package_serial", {
    id: model.id({ prefix: "pser" }).primaryKey(),
    serial: model.text(),
    scan_count: model.number().default(0),
    network_count: model.number().default(0),
    first_scanned_at: model.dateTime().nullable(),
    last_scanned_at: model.dateTime().nullable(),
    // The counts when staff last cleared the serial: thresholds count only what came after.
    baseline_scan_count: model.number().default(0),
    baseline_network_count: model.number().default(0),
    signal_state: model.enum([...SERIAL_SIGNAL_STATES]).default("normal"),
    signal_reasons: model.json().nullable(),
    suspected_at: model.dateTime().nullable(),
    reviewed_at: model.dateTime().nullable(),
    reviewed_by: model.text().nullable(),
    review_note: model.text().nullable(),
    batch: model.belongsTo(() => TraceBatch, { mappedBy: "serials" }),
    scans: model.hasMany(() => PackageScan, { mappedBy: "package_serial" }),
  })
  .indexes([
    { on: ["batch_id", "serial"], unique: true, where: "deleted_at IS NULL" },
    { on: ["signal_state"], where: "deleted_at IS NULL AND signal_state IN ('suspicious', 'confirmed')" },
  ])

export default PackageSerial
