import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readInvoiceRequest } from "@seleno/domain"

/**
 * GET /store/orders/:id/invoice — the invoice request of an order. Medusa's store order route
 * leaves order metadata out, so the confirmation page reads the request here; like that route,
 * it answers whoever holds the order id.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "metadata"], filters: { id: req.params.id } })
  const order = data[0]
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${req.params.id} was not found`)
  res.json({ invoice: readInvoiceRequest(order.metadata as Record<string, unknown> | null) })
}
