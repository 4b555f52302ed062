import { model } from "@medusajs/framework/utils"

/**
 * Counters that must hold across several backend processes, bumped in one statement each: the
 * case sequence of a China day (id "day:20261206") and the reports of a network in an hour
 * window (id "net:<network>:<window start>"). `expires_at` lets old windows be swept.
 */
const ReportCounter = model.define("report_counter", {
  id: model.text().primaryKey(),
  value: model.number(),
  expires_at: model.dateTime().nullable(),
})

export default ReportCounter
