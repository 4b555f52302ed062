import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fulfilOrderPartWorkflow, packOrderPartWorkflow } from "../../../../../workflows/enterprise-orders/fulfil-order-part"
import { enterpriseOf } from "../../../context"
import type { EnterpriseFulfilOrderPartType } from "../../validators"
import { respondWithFulfilment } from "./respond"

/**
 * POST /enterprise/orders/:id/fulfillments — pack (part of) the caller's items of an order; with a
 * carrier and tracking number, pack and ship them at once. The enterprise comes from the
 * signed-in actor only.
 */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseFulfilOrderPartType>, res: MedusaResponse) => {
  const { enterpriseId, accountId } = enterpriseOf(req)
  const { items, carrier, tracking_number } = req.validatedBody
  const base = { order_id: req.params.id!, enterprise_id: enterpriseId, items, created_by: accountId }
  const { result } =
    carrier !== undefined && tracking_number !== undefined
      ? await fulfilOrderPartWorkflow(req.scope).run({ input: { ...base, carrier, tracking_number } })
      : await packOrderPartWorkflow(req.scope).run({ input: base })
  await respondWithFulfilment(req, res, result.id, 201)
}
