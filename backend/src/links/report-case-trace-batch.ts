import { defineLink } from "@medusajs/framework/utils"
import ReportCaseModule from "../modules/report-case"
import TraceabilityModule from "../modules/traceability"

/** The batch a case reported from a QR code is about, when the code was found (read-only). */
export default defineLink({ linkable: ReportCaseModule.linkable.reportCase, field: "batch_id" }, TraceabilityModule.linkable.traceBatch, { readOnly: true })
