import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const CART_ID = /^cart_[0-9A-Za-z]{1,64}$/

/**
 * GET /store/carts/:id/order — what became of a cart paid outside the page (Alipay, WeChat Pay,
 * card redirects): the order id once a payment webhook completed it, else null, with the status
 * of its latest payment session so the storefront can tell "still waiting" from "failed".
 * Like Medusa's cart routes it answers whoever holds the cart id.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const id = req.params.id ?? ""
  if (!CART_ID.test(id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid cart id")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "payment_collection.payment_sessions.status", "payment_collection.payment_sessions.created_at"],
    filters: { id },
  })
  const cart = carts[0]
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id ${id} was not found`)
  const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: id } })
  const sessions = [...(cart.payment_collection?.payment_sessions ?? [])].filter(Boolean) as { status: string; created_at: Date | string }[]
  sessions.sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
  // A linked order of a cart not marked completed is one a cut-off completion left; the next
  // completion rolls it back (src/lib/checkout-recovery.ts), so it is not the shopper's order.
  const orderId = cart.completed_at ? ((links[0]?.order_id as string | undefined) ?? null) : null
  res.json({
    order_id: orderId,
    completed: Boolean(cart.completed_at),
    payment_status: sessions[0]?.status ?? null,
  })
}
