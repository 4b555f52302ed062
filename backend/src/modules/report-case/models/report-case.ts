import { model } from "@medusajs/framework/utils"
import { REPORT_CASE_KINDS, REPORT_CASE_SOURCES, REPORT_CASE_STATUSES } from "@seleno/domain"
import ReportCaseEntry from "./report-case-entry"

/**
 * A shopper's report (举报) and what staff made of it. What the case is about is kept as ids (read
 * through read-only links) plus the code exactly as scanned, since an unknown code may itself be
 * the counterfeit. The reporter's address is never stored; contact only when they gave one.
 */
const ReportCase = model
  .define("report_case", {
    id: model.id({ prefix: "rcase" }).primaryKey(),
    /** JB-YYYYMMDD-NNNN, per China day. */
    number: model.text().unique(),
    kind: model.enum([...REPORT_CASE_KINDS]),
    status: model.enum([...REPORT_CASE_STATUSES]).default("new"),
    source: model.enum([...REPORT_CASE_SOURCES]),
    description: model.text(),
    /** A mainland mobile number or an e-mail address; staff only. */
    contact: model.text().nullable(),
    /** The photo in Medusa's file module (private); staff only. */
    photo_file_id: model.text().nullable(),
    product_id: model.text().nullable(),
    /** The product's enterprise when the report was filed: the enterprise that may see the case. */
    enterprise_id: model.text().nullable(),
    batch_id: model.text().nullable(),
    serial_id: model.text().nullable(),
    reported_gtin: model.text().nullable(),
    reported_lot: model.text().nullable(),
    reported_serial: model.text().nullable(),
    /** Null without a code; false when the scanned code matched no batch or serial. */
    code_known: model.boolean().nullable(),
    resolution: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    entries: model.hasMany(() => ReportCaseEntry, { mappedBy: "report_case" }),
  })
  .indexes([{ on: ["status", "created_at"] }, { on: ["enterprise_id", "created_at"] }])

export default ReportCase
