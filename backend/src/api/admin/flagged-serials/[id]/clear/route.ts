import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SERIAL_SIGNAL_STATES } from "@seleno/domain"
import { clearCounterfeitWorkflow } from "../../../../../workflows/traceability/clear-counterfeit"
import type { AdminReviewSerialType } from "../../../trace-batches/validators"
import { listSerialSignals } from "../../signals"

/** POST /admin/flagged-serials/:id/clear — staff found nothing wrong; the public page is restored. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReviewSerialType>, res: MedusaResponse) => {
  await clearCounterfeitWorkflow(req.scope).run({ input: { serial_id: req.params.id!, actor_id: req.auth_context.actor_id, note: req.validatedBody.note } })
  const [serial] = await listSerialSignals(req.scope, { ids: [req.params.id!], states: SERIAL_SIGNAL_STATES })
  res.json({ serial })
}
