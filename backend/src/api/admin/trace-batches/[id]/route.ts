import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../modules/traceability/service"
import { TRACE_BATCH_FIELDS, toAdminBatch } from "../fields"

/** GET /admin/trace-batches/:id — a batch with its event timeline and how many serials it has. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "trace_batch",
    fields: [...TRACE_BATCH_FIELDS, "events.id", "events.type", "events.occurred_at", "events.place", "events.description"],
    filters: { id: req.params.id! },
  })
  const batch = data[0] as { events: { occurred_at: string }[] } | undefined
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Trace batch with id: ${req.params.id} was not found`)
  const [, serial_count] = await req.scope.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).listAndCountPackageSerials({ batch_id: req.params.id! }, { select: ["id"], take: 1 })
  const events = [...batch.events].sort((a, b) => new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime())
  res.json({ trace_batch: { ...toAdminBatch(batch as unknown as Record<string, unknown>), events, serial_count } })
}
