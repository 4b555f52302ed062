import { model } from "@medusajs/framework/utils"
import { REPORT_CASE_ENTRY_KINDS, REPORT_CASE_STATUSES } from "@seleno/domain"
import ReportCase from "./report-case"

/** One line of a case's history: who did what, when, to what, and why. Written once, never edited. */
const ReportCaseEntry = model.define("report_case_entry", {
  id: model.id({ prefix: "rcent" }).primaryKey(),
  kind: model.enum([...REPORT_CASE_ENTRY_KINDS]),
  from_status: model.enum([...REPORT_CASE_STATUSES]).nullable(),
  to_status: model.enum([...REPORT_CASE_STATUSES]).nullable(),
  /** The admin user who acted. */
  actor_id: model.text(),
  note: model.text().nullable(),
  /** The product, certificate, enterprise or serial an action was applied to. */
  target_id: model.text().nullable(),
  report_case: model.belongsTo(() => ReportCase, { mappedBy: "entries" }),
})

export default ReportCaseEntry
