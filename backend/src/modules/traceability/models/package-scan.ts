import { model } from "@medusajs/framework/utils"
import PackageSerial from "./package-serial"

/** One counted scan: who (a hash, never an address) and roughly where, for counterfeit signals. */
const PackageScan = model
  .define("package_scan", {
    id: model.id({ prefix: "pscan" }).primaryKey(),
    visitor_hash: model.text(),
    place: model.text(),
    scanned_at: model.dateTime(),
    package_serial: model.belongsTo(() => PackageSerial, { mappedBy: "scans" }),
  })
  .indexes([{ on: ["package_serial_id", "visitor_hash", "scanned_at"] }])

export default PackageScan
