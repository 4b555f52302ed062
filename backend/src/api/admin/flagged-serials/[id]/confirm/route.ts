import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SERIAL_SIGNAL_STATES } from "@seleno/domain"
import { confirmCounterfeitWorkflow } from "../../../../../workflows/traceability/confirm-counterfeit"
import type { AdminReviewSerialType } from "../../../trace-batches/validators"
import { listSerialSignals } from "../../signals"

/** POST /admin/flagged-serials/:id/confirm — staff confirm a counterfeit; the package's public page then warns. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReviewSerialType>, res: MedusaResponse) => {
  await confirmCounterfeitWorkflow(req.scope).run({ input: { serial_id: req.params.id!, actor_id: req.auth_context.actor_id, note: req.validatedBody.note } })
  const [serial] = await listSerialSignals(req.scope, { ids: [req.params.id!], states: SERIAL_SIGNAL_STATES })
  res.json({ serial })
}
