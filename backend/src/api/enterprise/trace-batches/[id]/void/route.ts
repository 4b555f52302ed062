import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOwnBatch } from "../../../../../workflows/enterprise-certificates/ownership"
import { voidTraceBatchWorkflow } from "../../../../../workflows/traceability/void-trace-batch"
import type { AdminVoidTraceBatchType } from "../../../../admin/trace-batches/validators"
import { enterpriseOf } from "../../../context"

/** POST /enterprise/trace-batches/:id/void — the enterprise withdraws one of its own batches, with the reason shoppers will read. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminVoidTraceBatchType>, res: MedusaResponse) => {
  const { enterpriseId, accountId } = enterpriseOf(req)
  await assertOwnBatch(req.scope, enterpriseId, req.params.id!)
  const { result } = await voidTraceBatchWorkflow(req.scope).run({
    input: { batch_id: req.params.id!, reason: req.validatedBody.reason, actor_id: accountId, actor_type: "enterprise" },
  })
  res.json({ trace_batch: result })
}
