import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPackedPartWorkflow } from "../../../../../../../workflows/enterprise-orders/cancel-packed-part"
import { enterpriseOf } from "../../../../../context"
import { retrieveEnterpriseOrder } from "../../../../[id]/route"

/** POST /enterprise/orders/:id/fulfillments/:fid/cancel — unpack a parcel of the caller's part that has not shipped. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { enterpriseId, accountId } = enterpriseOf(req)
  await cancelPackedPartWorkflow(req.scope).run({
    input: { order_id: req.params.id!, fulfillment_id: req.params.fid!, enterprise_id: enterpriseId, canceled_by: accountId },
  })
  res.json({ id: req.params.fid, canceled: true, order: await retrieveEnterpriseOrder(req, req.params.id!) })
}
