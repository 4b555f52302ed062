import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveEnterpriseOrder } from "../../[id]/route"

/** Answers the caller's part of the order after a fulfilment move, with that fulfilment as it now is. */
export async function respondWithFulfilment(req: AuthenticatedMedusaRequest, res: MedusaResponse, fulfilmentId: string, status = 200) {
  const order = await retrieveEnterpriseOrder(req, req.params.id!)
  res.status(status).json({ fulfillment: order.fulfillments.find((f) => f.id === fulfilmentId) ?? { id: fulfilmentId }, order })
}
