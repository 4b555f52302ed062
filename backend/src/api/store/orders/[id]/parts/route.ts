import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadOrders, orderPart, productEnterpriseMap, type OrderPart } from "../../../../../lib/enterprise-order-parts"
import { ENTERPRISE_MODULE } from "../../../../../modules/enterprise"
import type EnterpriseModuleService from "../../../../../modules/enterprise/service"

/**
 * GET /store/orders/:id/parts — the shopper's order split by the enterprise that ships each part,
 * with each part's status, carrier and tracking number.
 *
 * Access mirrors Medusa 2.21's GET /store/orders/:id exactly: no login, the publishable key every
 * /store route needs, the (unguessable) order id as the key, draft orders never shown. It answers
 * nothing that route does not already give to the same caller, except which enterprise ships
 * which items and their tracking numbers; the shipping address and e-mail are left out.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const orderId = req.params.id!
  const [order] = await loadOrders(req.scope, [orderId])
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${orderId} was not found`)

  const productIds = [...new Set(((order.items ?? []) as { product_id: string | null }[]).flatMap((i) => (i.product_id ? [i.product_id] : [])))]
  const products = await productEnterpriseMap(req.scope, undefined, productIds)
  const enterpriseIds = [...new Set(((order.items ?? []) as { product_id: string }[]).flatMap((i) => (products.has(i.product_id) ? [products.get(i.product_id)!] : [])))]
  const enterprises = enterpriseIds.length
    ? await req.scope.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises({ id: enterpriseIds }, { select: ["id", "handle", "name"] })
    : []

  const parts = enterprises
    .map((enterprise) => ({ enterprise, part: orderPart(order, enterprise.id, products) }))
    .filter((p): p is { enterprise: (typeof enterprises)[number]; part: OrderPart } => p.part !== null)
    .sort((a, b) => a.enterprise.handle.localeCompare(b.enterprise.handle))
    .map(({ enterprise, part }) => ({
      enterprise: { id: enterprise.id, handle: enterprise.handle, name: enterprise.name },
      status: part.status,
      items: part.items.map((i) => ({
        id: i.id,
        title: i.title,
        product_title: i.product_title,
        variant_title: i.variant_title,
        thumbnail: i.thumbnail,
        quantity: i.quantity,
        fulfilled_quantity: i.fulfilled_quantity,
        shipped_quantity: i.shipped_quantity,
        total: i.total,
      })),
      // Only parcels handed to a carrier: a packed one has no waybill yet and may still be unpacked.
      shipments: part.fulfillments.filter((f) => f.shipped_at).map((f) => ({
        id: f.id,
        carrier: f.carrier,
        tracking_number: f.tracking_number,
        tracking_url: f.tracking_url,
        shipped_at: f.shipped_at,
        items: f.items,
      })),
    }))
  res.json({ order_id: order.id, display_id: order.display_id, parts })
}
