import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toDeliveryView } from "../../../../../lib/after-sales-view"
import { confirmPartDeliveryWorkflow } from "../../../../../workflows/after-sales/confirm-part-delivery"
import type { StoreConfirmDeliveryType } from "../../after-sales-validators"

/** POST /store/orders/:id/deliveries — the signed-in owner confirms that an enterprise's part arrived (确认收货). */
export const POST = async (req: AuthenticatedMedusaRequest<StoreConfirmDeliveryType>, res: MedusaResponse) => {
  const { result } = await confirmPartDeliveryWorkflow(req.scope).run({
    input: { order_id: req.params.id!, enterprise_id: req.validatedBody.enterprise_id, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ delivery: toDeliveryView(result) })
}
