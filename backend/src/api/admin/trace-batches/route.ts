import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTraceBatchWorkflow } from "../../../workflows/traceability/create-trace-batch"
import { TRACE_BATCH_FIELDS, toAdminBatch } from "./fields"
import type { AdminCreateTraceBatchType } from "./validators"

/** GET /admin/trace-batches — every batch, newest production first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "trace_batch", fields: TRACE_BATCH_FIELDS, pagination: { order: { produced_on: "DESC" } } })
  const trace_batches = data.map((b) => toAdminBatch(b as Record<string, unknown>))
  res.json({ trace_batches, count: trace_batches.length })
}

/** POST /admin/trace-batches — opens a lot of a variant with one serial per package. */
export const POST = async (req: MedusaRequest<AdminCreateTraceBatchType>, res: MedusaResponse) => {
  const { result } = await createTraceBatchWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ trace_batch: result })
}
