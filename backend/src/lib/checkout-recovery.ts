import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Crash safety of cart completion. Medusa's completeCartWorkflow creates the order in one step and
 * links it to the cart (and payment collection) in the next; a server that dies between the two
 * leaves an order no cart points to, and the shopper's retry creates a second one. (Found by
 * e2e/crash: 3 doubled orders in 24 carts after a SIGKILL.) Two parts close that gap:
 *
 * - every cart carries its own id in `metadata.cart_id` before it is completed (stamped when the
 *   cart is created, and again by the complete route for older carts); Medusa copies the cart's
 *   metadata into the order in the same insert, so an order always knows its cart;
 * - completing a cart (inside Medusa's lock on the cart, so no live completion of it is running)
 *   first rolls back any order of that cart that has no cart link: such an order belongs to an
 *   attempt that died before it finished, was never shown to the shopper, had no payment
 *   authorized (that is the workflow's last step) and emitted no events (grouped events are
 *   released only when a workflow succeeds). Its stock reservations and payment link go, the order
 *   is soft-deleted, and the completion then makes the one order as usual.
 */
export const CART_ID_KEY = "cart_id"

/** Writes the cart's own id into its metadata (kept: whatever else the metadata holds). */
export async function stampCartId(container: MedusaContainer, cartId: string): Promise<void> {
  const carts = container.resolve(Modules.CART)
  const cart = await carts.retrieveCart(cartId, { select: ["id", "metadata", "completed_at"] })
  if (cart.completed_at || cart.metadata?.[CART_ID_KEY] === cartId) return
  await carts.updateCarts(cartId, { metadata: { ...(cart.metadata ?? {}), [CART_ID_KEY]: cartId } })
}

/** Rolls back orders an interrupted completion of this cart left behind; returns their ids. */
export async function rollBackInterruptedOrders(
  container: MedusaContainer,
  cart: { id: string; email?: string | null; customer?: { id?: string | null } | null; customer_id?: string | null }
): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const customerId = cart.customer?.id ?? cart.customer_id ?? null
  // By customer (indexed) when the cart has one, which every cart with an e-mail has; else by e-mail.
  const { rows } = await knex.raw(
    `select o.id from "order" o
      where o.deleted_at is null and o.metadata->>'${CART_ID_KEY}' = ?
        and ${customerId ? "o.customer_id = ?" : "o.email = ?"}
        and not exists (select 1 from order_cart oc where oc.order_id = o.id and oc.deleted_at is null)`,
    [cart.id, customerId ?? cart.email ?? ""]
  )
  const orderIds = (rows as { id: string }[]).map((r) => r.id)
  if (!orderIds.length) return []

  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const orders = container.resolve(Modules.ORDER)
  const inventory = container.resolve(Modules.INVENTORY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  for (const orderId of orderIds) {
    const order = await orders.retrieveOrder(orderId, { relations: ["items"] })
    const lineItemIds = (order.items ?? []).map((item) => item.id)
    if (lineItemIds.length) {
      const reservations = await inventory.listReservationItems({ line_item_id: lineItemIds })
      if (reservations.length) await inventory.deleteReservationItems(reservations.map((r) => r.id))
    }
    const { rows: collections } = await knex.raw(
      "select payment_collection_id from order_payment_collection where order_id = ? and deleted_at is null",
      [orderId]
    )
    for (const { payment_collection_id } of collections as { payment_collection_id: string }[]) {
      await link.dismiss({ [Modules.ORDER]: { order_id: orderId }, [Modules.PAYMENT]: { payment_collection_id } })
    }
    await orders.softDeleteOrders([orderId])
    logger.warn(`checkout: rolled back order ${orderId}, left without its cart link by an interrupted completion of cart ${cart.id}`)
  }
  return orderIds
}
