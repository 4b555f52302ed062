import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordEnterpriseBatchEventWorkflow } from "../../../../../workflows/enterprise-certificates/record-batch-event"
import type { EnterpriseRecordTraceEventType } from "../../../certificates/validators"
import { enterpriseOf } from "../../../context"

/** POST /enterprise/trace-batches/:id/events — adds what happened to one of the caller's batches. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseRecordTraceEventType>, res: MedusaResponse) => {
  const { result } = await recordEnterpriseBatchEventWorkflow(req.scope).run({
    input: { ...req.validatedBody, batch_id: req.params.id!, enterprise_id: enterpriseOf(req).enterpriseId },
  })
  res.status(201).json({ event: result })
}
