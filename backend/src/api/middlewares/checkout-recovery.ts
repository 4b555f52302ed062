import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CompletionBusyError, recoverUnfinishedCompletion, stampCartId } from "../../lib/checkout-recovery"

/**
 * Before Medusa's complete route runs (see src/lib/checkout-recovery.ts):
 * - a cart made before carts were stamped with their own id (or whose metadata was replaced since)
 *   gets it now, before the workflow copies the cart's metadata into the order;
 * - an order that a cut-off completion linked to the cart but never finished (cart not marked
 *   completed, or no payment) is rolled back, so this completion makes a whole order instead of
 *   returning that one.
 * An unknown cart is left to Medusa's route, which answers for it; a cart that needs recovery while
 * its lock stays held (a dead server's Redis lock lasts two minutes) gets 409 "try again".
 */
export async function prepareCartCompletion(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = req.params.id ?? ""
  try {
    await stampCartId(req.scope, cartId)
  } catch {
    // not found or not stampable: the route answers for it
  }
  try {
    await recoverUnfinishedCompletion(req.scope, cartId)
  } catch (error) {
    if (!(error instanceof CompletionBusyError)) throw error
    // Going on would return the unfinished order once the lock expires.
    res.status(409).json({ type: "conflict", code: "checkout_unfinished", message: error.message })
    return
  }
  next()
}
