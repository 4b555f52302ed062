import { model } from "@medusajs/framework/utils"
import PackageScan from "./package-scan"
import TraceBatch from "./trace-batch"

/** One package of a batch, identified by its serial in the package's QR code. */
const PackageSerial = model
  .define("package_serial", {
    id: model.id({ prefix: "pser" }).primaryKey(),
    serial: model.text(),
    flagged_at: model.dateTime().nullable(),
    batch: model.belongsTo(() => TraceBatch, { mappedBy: "serials" }),
    scans: model.hasMany(() => PackageScan, { mappedBy: "package_serial" }),
  })
  .indexes([{ on: ["batch_id", "serial"], unique: true, where: "deleted_at IS NULL" }])

export default PackageSerial
