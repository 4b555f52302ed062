import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { buildTotalsView, partTotalsSource, type MedusaTotalsSource } from "@seleno/domain"
import { enterpriseByShippingOption } from "../../../../lib/parcels"
import { enterpriseOrderView, loadOrders, orderPart, productEnterpriseMap } from "../../../../lib/enterprise-order-parts"
import { enterpriseOf } from "../../context"

/** The caller's view of one order, or 404 when the order holds none of its items (or does not exist). */
export async function retrieveEnterpriseOrder(req: AuthenticatedMedusaRequest, orderId: string) {
  const { enterpriseId } = enterpriseOf(req)
  const [order] = await loadOrders(req.scope, [orderId])
  const part = order ? orderPart(order, enterpriseId, await productEnterpriseMap(req.scope, enterpriseId)) : null
  if (!order || !part) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${orderId} was not found`)
  // The part's own totals: its lines, the codes on them, and the shipping of the parcels it sends.
  const methods = (order.shipping_methods ?? []) as { id: string; shipping_option_id?: string | null }[]
  const shipperOf = await enterpriseByShippingOption(req.scope, methods.map((m) => m.shipping_option_id ?? ""))
  const source = partTotalsSource(order as MedusaTotalsSource, {
    itemIds: new Set(part.items.map((i) => i.id)),
    shippingMethodIds: new Set(methods.filter((m) => shipperOf.get(m.shipping_option_id ?? "") === enterpriseId).map((m) => m.id)),
  })
  return { ...enterpriseOrderView(order, part), totals: buildTotalsView(source) }
}

/** GET /enterprise/orders/:id — the caller's part of an order. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ order: await retrieveEnterpriseOrder(req, req.params.id!) })
}
