import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipPackedPartWorkflow } from "../../../../../../../workflows/enterprise-orders/ship-packed-part"
import { enterpriseOf } from "../../../../../context"
import type { EnterpriseWaybillType } from "../../../../validators"
import { respondWithFulfilment } from "../../respond"

/** POST /enterprise/orders/:id/fulfillments/:fid/ship — hand a packed parcel of the caller's part to the carrier. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseWaybillType>, res: MedusaResponse) => {
  const { enterpriseId, accountId } = enterpriseOf(req)
  const { carrier, tracking_number } = req.validatedBody
  await shipPackedPartWorkflow(req.scope).run({
    input: { order_id: req.params.id!, fulfillment_id: req.params.fid!, enterprise_id: enterpriseId, created_by: accountId, carrier, tracking_number },
  })
  await respondWithFulfilment(req, res, req.params.fid!)
}
