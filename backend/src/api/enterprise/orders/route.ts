import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { enterpriseOrderView, loadOrders, orderPart, ordersWithProducts, productEnterpriseMap } from "../../../lib/enterprise-order-parts"
import { enterpriseOf } from "../context"
import type { EnterpriseListOrdersType } from "./validators"

/** GET /enterprise/orders — orders holding the caller's items, newest first; each shows only its part. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, EnterpriseListOrdersType>, res: MedusaResponse) => {
  const { enterpriseId } = enterpriseOf(req)
  const { limit, offset } = req.validatedQuery as EnterpriseListOrdersType
  const products = await productEnterpriseMap(req.scope, enterpriseId)
  const { ids, count } = await ordersWithProducts(req.scope, [...products.keys()], { limit, offset })
  const orders = (await loadOrders(req.scope, ids)).flatMap((order) => {
    const part = orderPart(order, enterpriseId, products)
    return part ? [enterpriseOrderView(order, part)] : []
  })
  res.json({ orders, count, limit, offset })
}
