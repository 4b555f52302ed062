import { completeCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { rollBackInterruptedOrders, stampCartId } from "../../lib/checkout-recovery"
import { findShortfall, shortfallMessage, type StockCart } from "../../lib/stock"
import { lineOffSale } from "../../lib/off-sale"
import { codedError } from "../../lib/coded-error"

// Medusa allows one handler per hook: this file owns completeCartWorkflow's validate hook.
//
// 1. Crash safety (src/lib/checkout-recovery.ts): runs inside Medusa's lock on the cart, before an
//    order is created, and rolls back an order that an interrupted completion of this cart left
//    without its cart link, so the retry makes exactly one order.
// 2. Completing a cart whose item sold out since it was added fails here, before an order is
//    created and a payment authorized, with a message the shopper can act on. This is a fast path,
//    not the guard: shoppers who pass it at the same moment still race for the stock, and Medusa's
//    inventory reservation (under a lock per inventory item) lets exactly the available units
//    through; the API's error handler words that refusal the same way
//    (src/api/middlewares/checkout-errors.ts).
// 3. A product taken offline (下架) by its enterprise, or out of the store for any reason, is not
//    sold even from a cart filled before (src/lib/off-sale.ts).
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await rollBackInterruptedOrders(container, cart as unknown as { id: string; email?: string | null; customer?: { id?: string | null } | null })
  const offSale = await lineOffSale(container, cart as Parameters<typeof lineOffSale>[1])
  if (offSale) {
    throw codedError(
      { code: "cart_product_off_sale", params: { product: offSale.title }, message: `${offSale.title} is no longer on sale; remove it from your cart` },
      MedusaError.Types.NOT_ALLOWED
    )
  }
  const shortfall = findShortfall(cart as unknown as StockCart)
  if (shortfall) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, shortfallMessage(shortfall))
})

// Every cart knows its own id in its metadata from the start, so the order made from it does too.
createCartWorkflow.hooks.cartCreated(async ({ cart }, { container }) => {
  await stampCartId(container, cart.id)
})
