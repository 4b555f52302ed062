import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stampCartId } from "../../lib/checkout-recovery"

/**
 * A cart made before carts were stamped with their own id (or whose metadata was replaced since)
 * gets it now, before Medusa's complete workflow reads the cart and copies its metadata into the
 * order (see src/lib/checkout-recovery.ts). An unknown cart is left to Medusa's route.
 */
export async function stampCartBeforeCompletion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await stampCartId(req.scope, req.params.id ?? "")
  } catch {
    // not found or not stampable: the route answers for it
  }
  next()
}
