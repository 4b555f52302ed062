import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { voidTraceBatchWorkflow } from "../../../../../workflows/traceability/void-trace-batch"
import type { AdminVoidTraceBatchType } from "../../validators"

/** POST /admin/trace-batches/:id/void — staff withdraw a batch, with the reason shoppers will read. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminVoidTraceBatchType>, res: MedusaResponse) => {
  const { result } = await voidTraceBatchWorkflow(req.scope).run({
    input: { batch_id: req.params.id!, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id, actor_type: "staff" },
  })
  res.json({ trace_batch: result })
}
