import { model } from "@medusajs/framework/utils"
import TraceBatch from "./trace-batch"

/** An EPCIS-style event: what happened (type), when, where and why (description). */
const TraceEvent = model.define("trace_event", {
  id: model.id({ prefix: "tev" }).primaryKey(),
  type: model.enum(["harvested", "processed", "packed", "shipped", "inspected"]),
  occurred_at: model.dateTime(),
  place: model.text(),
  description: model.text().translatable().nullable(),
  batch: model.belongsTo(() => TraceBatch, { mappedBy: "events" }),
})

export default TraceEvent
