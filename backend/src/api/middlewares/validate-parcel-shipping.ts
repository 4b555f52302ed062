import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shippingOptionRefusal } from "../../lib/cart-parcels"

/**
 * POST /store/carts/:id/shipping-methods: the option must ship one of the cart's parcels (see
 * shippingOptionRefusal). Refused with a 400 and nothing changes.
 */
export async function validateParcelShipping(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const optionId = (req.body as { option_id?: unknown } | undefined)?.option_id
  if (typeof optionId !== "string" || !req.params.id) return next()
  const refusal = await shippingOptionRefusal(req.scope, req.params.id, optionId)
  if (refusal) {
    res.status(400).json({ type: "invalid_data", code: "shipping_option_not_for_parcel", message: refusal, fields: ["option_id"] })
    return
  }
  next()
}
