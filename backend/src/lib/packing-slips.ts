import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PACKING_SLIPS_MAX, type PackingSlipView } from "@seleno/domain"
import { codedError } from "./coded-error"
import { loadOrders, orderPart, productEnterpriseMap } from "./enterprise-order-parts"
import { packingSlipView } from "./pdf/packing-slip-pdf"

/**
 * The slips of the caller's parts of `orderIds`, in the order asked. Every order must hold a part
 * of the enterprise: one that does not (another enterprise's, or none) refuses the whole file with
 * the same 404 as a missing order, so nothing tells whether it exists.
 */
export async function packingSlips(container: MedusaContainer, enterpriseId: string, orderIds: string[]): Promise<PackingSlipView[]> {
  if (!orderIds.length) {
    throw codedError({ code: "packing_slip_none_selected", params: {}, message: "Select at least one order to print its packing slip" })
  }
  if (orderIds.length > PACKING_SLIPS_MAX) {
    throw codedError({
      code: "packing_slip_too_many",
      params: { max: PACKING_SLIPS_MAX, count: orderIds.length },
      message: `At most ${PACKING_SLIPS_MAX} packing slips in one file; ${orderIds.length} were selected`,
    })
  }
  const products = await productEnterpriseMap(container, enterpriseId)
  const orders = new Map((await loadOrders(container, orderIds)).map((o) => [o.id as string, o]))
  return orderIds.map((id) => {
    const order = orders.get(id)
    const part = order ? orderPart(order, enterpriseId, products) : null
    if (!order || !part) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${id} was not found`)
    return packingSlipView(order, part)
  })
}
