import { z } from "@medusajs/framework/zod"
import { requiredText } from "../../validation/required"
import { AdminCreateCertificate } from "../../admin/certificates/validators"
import { AdminCreateTraceBatch, AdminRecordTraceEvent } from "../../admin/trace-batches/validators"

/*
 * The staff validators minus enterprise_id: the enterprise is the caller's. Medusa validates bodies
 * strictly, so a body that names an enterprise_id is refused (400) rather than silently obeyed.
 */

export const EnterpriseSubmitCertificate = AdminCreateCertificate.omit({ enterprise_id: true }).extend({
  test_report_url: requiredText("test_report_url: upload the test report through POST /enterprise/uploads and send its url", 2000),
})
export type EnterpriseSubmitCertificateType = z.infer<typeof EnterpriseSubmitCertificate>

export const EnterpriseCreateTraceBatch = AdminCreateTraceBatch.omit({ enterprise_id: true })
export type EnterpriseCreateTraceBatchType = z.infer<typeof EnterpriseCreateTraceBatch>

export const EnterpriseRecordTraceEvent = AdminRecordTraceEvent
export type EnterpriseRecordTraceEventType = z.infer<typeof EnterpriseRecordTraceEvent>
