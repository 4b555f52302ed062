import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fulfilOrderPartWorkflow } from "../../../../../workflows/enterprise-orders/fulfil-order-part"
import { enterpriseOf } from "../../../context"
import type { EnterpriseFulfilOrderPartType } from "../../validators"
import { retrieveEnterpriseOrder } from "../route"

/**
 * POST /enterprise/orders/:id/fulfillments — pack and ship (part of) the caller's items of an order
 * with a carrier and tracking number. The enterprise comes from the signed-in actor only.
 */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseFulfilOrderPartType>, res: MedusaResponse) => {
  const { enterpriseId, accountId } = enterpriseOf(req)
  const body = req.validatedBody
  const { result } = await fulfilOrderPartWorkflow(req.scope).run({
    input: {
      order_id: req.params.id!,
      enterprise_id: enterpriseId,
      items: body.items,
      carrier: body.carrier,
      tracking_number: body.tracking_number,
      created_by: accountId,
    },
  })
  const order = await retrieveEnterpriseOrder(req, req.params.id!)
  res.status(201).json({ fulfillment: order.fulfillments.find((f) => f.id === result.id) ?? { id: result.id }, order })
}
