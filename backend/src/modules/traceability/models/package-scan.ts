import { model } from "@medusajs/framework/utils"
import PackageSerial from "./package-serial"

/**
 * One counted scan, the evidence behind a serial's counters: the visitor's network (an IPv4 /24 or
 * IPv6 /48, never an address) and the place it counts in (that network, or a 0.1° cell the visitor
 * chose to share).
 */
const PackageScan = model
  .define("package_scan", {
    id: model.id({ prefix: "pscan" }).primaryKey(),
    network: model.text(),
    place: model.text(),
    scanned_at: model.dateTime(),
    package_serial: model.belongsTo(() => PackageSerial, { mappedBy: "scans" }),
  })
  // The latest scan of a serial from a network: de-duplication, "new network" and shared places.
  .indexes([{ on: ["package_serial_id", "network", "scanned_at"], where: "deleted_at IS NULL" }])

export default PackageScan
