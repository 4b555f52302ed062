import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findShortfall, shortfallMessage, type StockCart } from "../../lib/stock"

const medusaErrorHandler = errorHandler()
const COMPLETE = /^\/store\/carts\/([^/]+)\/complete\/?$/
// What Medusa's inventory module and locking providers throw when shoppers race for the last units.
const STOCK_RACE = [/^Not enough stock available for item /, /^Timed-out acquiring lock/]

const CART_STOCK_FIELDS = [
  "sales_channel_id",
  "items.quantity",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.inventory_items.required_quantity",
  "items.variant.inventory_items.inventory.location_levels.location_id",
  "items.variant.inventory_items.inventory.location_levels.stocked_quantity",
  "items.variant.inventory_items.inventory.location_levels.reserved_quantity",
  "items.variant.inventory_items.inventory.location_levels.stock_locations.sales_channels.id",
]

/**
 * Medusa's error handler, except for a cart completion that lost the race for the last units:
 * the inventory module refuses it naming an inventory item id (or a busy lock times out), which a
 * shopper cannot act on, so the cart's stock is read again and the answer says which item is sold
 * out or how many are left (400). A lock that timed out while stock remains is a 409 "try again".
 */
export async function checkoutErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = req.method === "POST" ? COMPLETE.exec(req.path)?.[1] : undefined
  const message = String((error as { message?: unknown } | null)?.message ?? "")
  if (cartId && STOCK_RACE.some((pattern) => pattern.test(message))) {
    try {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "cart", fields: CART_STOCK_FIELDS, filters: { id: cartId } })
      const shortfall = data[0] ? findShortfall(data[0] as unknown as StockCart) : undefined
      if (shortfall) {
        res.status(400).json({ type: "not_allowed", code: "insufficient_inventory", message: shortfallMessage(shortfall) })
        return
      }
      if (message.startsWith("Timed-out")) {
        res.status(409).json({ type: "conflict", code: "checkout_busy", message: "Many shoppers are checking out this item right now; please try again" })
        return
      }
    } catch {
      // fall through to Medusa's answer
    }
  }
  return medusaErrorHandler(error, req, res, next)
}
