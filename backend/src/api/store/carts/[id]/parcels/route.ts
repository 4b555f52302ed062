import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cartParcels } from "../../../../../lib/cart-parcels"

/**
 * GET /store/carts/:id/parcels — what each enterprise sends (one parcel per shipping profile), with
 * the options the cart's address can use, their fees and delivery estimates, and the choice so far.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ parcels: await cartParcels(req.scope, req.params.id!) })
}
