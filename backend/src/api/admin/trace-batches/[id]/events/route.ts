import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordTraceEventWorkflow } from "../../../../../workflows/traceability/record-trace-event"
import type { AdminRecordTraceEventType } from "../../validators"

/** POST /admin/trace-batches/:id/events — adds what happened to the batch, when, where and why. */
export const POST = async (req: MedusaRequest<AdminRecordTraceEventType>, res: MedusaResponse) => {
  const { result } = await recordTraceEventWorkflow(req.scope).run({ input: { batch_id: req.params.id!, ...req.validatedBody } })
  res.status(201).json({ event: result })
}
