import { model } from "@medusajs/framework/utils"

/**
 * How many scans one network had counted in the current clock hour, across all serials: the scan
 * rate limit. One row per network, rewritten when a new hour starts, kept in PostgreSQL so every
 * backend instance shares it.
 */
const ScanNetworkQuota = model
  .define("scan_network_quota", {
    id: model.id({ prefix: "scnq" }).primaryKey(),
    network: model.text(),
    window_start: model.dateTime(),
    count: model.number(),
  })
  .indexes([{ on: ["network"], unique: true, where: "deleted_at IS NULL" }])

export default ScanNetworkQuota
