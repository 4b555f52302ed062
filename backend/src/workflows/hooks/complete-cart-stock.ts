import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { findShortfall, shortfallMessage, type StockCart } from "../../lib/stock"

// Completing a cart whose item sold out since it was added fails here, before an order is created
// and a payment authorized, with a message the shopper can act on. This is a fast path, not the
// guard: shoppers who pass it at the same moment still race for the stock, and Medusa's inventory
// reservation (under a lock per inventory item) lets exactly the available units through; the API's
// error handler words that refusal the same way (src/api/middlewares/checkout-errors.ts).
completeCartWorkflow.hooks.validate(async ({ cart }) => {
  const shortfall = findShortfall(cart as unknown as StockCart)
  if (shortfall) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, shortfallMessage(shortfall))
})
