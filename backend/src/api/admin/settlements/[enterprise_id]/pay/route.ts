import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markSettlementPaidWorkflow } from "../../../../../workflows/settlement/mark-settlement-paid"
import type { SettlementPayBodyType } from "../../../../../lib/settlement-period"

/** POST /admin/settlements/:enterprise_id/pay {from, to, payout_reference} — records the payout of a closed statement. */
export const POST = async (req: AuthenticatedMedusaRequest<SettlementPayBodyType>, res: MedusaResponse) => {
  const { result } = await markSettlementPaidWorkflow(req.scope).run({
    input: { enterprise_id: req.params.enterprise_id!, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.json({ statement: result })
}
