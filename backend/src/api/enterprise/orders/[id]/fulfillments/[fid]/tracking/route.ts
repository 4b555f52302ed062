import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { correctWaybillWorkflow } from "../../../../../../../workflows/enterprise-orders/correct-waybill"
import { enterpriseOf } from "../../../../../context"
import type { EnterpriseWaybillType } from "../../../../validators"
import { respondWithFulfilment } from "../../respond"

/** POST /enterprise/orders/:id/fulfillments/:fid/tracking — correct the waybill of a shipped parcel of the caller's part. */
export const POST = async (req: AuthenticatedMedusaRequest<EnterpriseWaybillType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const { carrier, tracking_number } = req.validatedBody
  await correctWaybillWorkflow(req.scope).run({
    input: { order_id: req.params.id!, fulfillment_id: req.params.fid!, enterprise_id: enterpriseId, carrier, tracking_number },
  })
  await respondWithFulfilment(req, res, req.params.fid!)
}
