import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recoverUnfinishedCompletion, stampCartId } from "../../lib/checkout-recovery"

/**
 * Before Medusa's complete route runs (see src/lib/checkout-recovery.ts):
 * - a cart made before carts were stamped with their own id (or whose metadata was replaced since)
 *   gets it now, before the workflow copies the cart's metadata into the order;
 * - an order that a cut-off completion linked to the cart but never finished (cart not marked
 *   completed, or no payment) is rolled back, so this completion makes a whole order instead of
 *   returning that one.
 * An unknown cart, or a cart whose lock stays held (a dead server's Redis lock lasts two minutes),
 * is left to Medusa's route, which answers for it.
 */
export async function prepareCartCompletion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = req.params.id ?? ""
  try {
    await stampCartId(req.scope, cartId)
    await recoverUnfinishedCompletion(req.scope, cartId)
  } catch {
    // the route answers for it
  }
  next()
}
