import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { batchIdsOf } from "../../../workflows/enterprise-certificates/ownership"
import { createEnterpriseBatchWorkflow } from "../../../workflows/enterprise-certificates/create-batch"
import { TRACE_BATCH_FIELDS, toAdminBatch } from "../../admin/trace-batches/fields"
import type { EnterpriseCreateTraceBatchType } from "../certificates/validators"
import { enterpriseOf } from "../context"

/** GET /enterprise/trace-batches — the caller's batches, newest production first (same shape as the admin list). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ids = await batchIdsOf(req.scope, enterpriseOf(req).enterpriseId)
  if (ids.length === 0) return void res.json({ trace_batches: [], count: 0 })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "trace_batch",
    fields: TRACE_BATCH_FIELDS,
    filters: { id: ids },
    pagination: { order: { produced_on: "DESC" } },
  })
  const trace_batches = data.map((b) => toAdminBatch(b as Record<string, unknown>))
  res.json({ trace_batches, count: trace_batches.length })
}

/** POST /enterprise/trace-batches — opens a lot of one of the caller's variants with one serial per package. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseCreateTraceBatchType>, res: MedusaResponse) => {
  const { result } = await createEnterpriseBatchWorkflow(req.scope).run({ input: { ...req.validatedBody, enterprise_id: enterpriseOf(req).enterpriseId } })
  res.status(201).json({ trace_batch: result })
}
