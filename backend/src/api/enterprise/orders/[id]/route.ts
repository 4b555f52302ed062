import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { enterpriseOrderView, loadOrders, orderPart, partTotals, productEnterpriseMap } from "../../../../lib/enterprise-order-parts"
import { enterpriseOf } from "../../context"

/** The caller's view of one order, or 404 when the order holds none of its items (or does not exist). */
export async function retrieveEnterpriseOrder(req: AuthenticatedMedusaRequest, orderId: string) {
  const { enterpriseId } = enterpriseOf(req)
  const [order] = await loadOrders(req.scope, [orderId])
  const part = order ? orderPart(order, enterpriseId, await productEnterpriseMap(req.scope, enterpriseId)) : null
  if (!order || !part) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${orderId} was not found`)
  return { ...enterpriseOrderView(order, part), totals: await partTotals(req.scope, order, part) }
}

/** GET /enterprise/orders/:id — the caller's part of an order. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ order: await retrieveEnterpriseOrder(req, req.params.id!) })
}
