import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeSettlementPeriodWorkflow } from "../../../../../workflows/settlement/close-settlement-period"
import type { SettlementCloseBodyType } from "../../../../../lib/settlement-period"

/** POST /admin/settlements/:enterprise_id/close {from, to} — freezes the enterprise's statement for the period. */
export const POST = async (req: AuthenticatedMedusaRequest<SettlementCloseBodyType>, res: MedusaResponse) => {
  const { result } = await closeSettlementPeriodWorkflow(req.scope).run({
    input: { enterprise_id: req.params.enterprise_id!, from: req.validatedBody.from, to: req.validatedBody.to, actor_id: req.auth_context.actor_id },
  })
  res.json({ statement: result })
}
