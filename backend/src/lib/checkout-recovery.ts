import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Crash safety of cart completion. Medusa's completeCartWorkflow creates the order in one step and
 * links it to the cart (and payment collection) in the next; a server that dies between the two
 * leaves an order no cart points to, and the shopper's retry creates a second one. (Found by
 * e2e/crash: 3 doubled orders in 24 carts after a SIGKILL.) Three parts close that gap:
 *
 * - every cart carries its own id in `metadata.cart_id` before it is completed (stamped when the
 *   cart is created, and again by the complete route for older carts); Medusa copies the cart's
 *   metadata into the order in the same insert, so an order always knows its cart;
 * - completing a cart (inside Medusa's lock on the cart, so no live completion of it is running)
 *   first rolls back any order of that cart that has no cart link: such an order belongs to an
 *   attempt that died before it finished, was never shown to the shopper, had no payment
 *   authorized (that is the workflow's last step) and emitted no events (grouped events are
 *   released only when a workflow succeeds). Its stock reservations and payment link go, the order
 *   is soft-deleted, and the completion then makes the one order as usual;
 * - a server that dies later, once the order is linked, leaves an order without its reservations,
 *   its cart's `completed_at` or its payment: see recoverUnfinishedCompletion.
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

  for (const orderId of orderIds) await rollBackOrder(container, orderId, cart.id, "left without its cart link")
  return orderIds
}

/**
 * A completion cut off after the order was linked to the cart but before it ended leaves a linked
 * order that Medusa's workflow, seeing the link, returns as it is: Medusa links the order, marks
 * the cart completed and reserves the stock in parallel steps, and only then authorizes the
 * payment, so such an order may lack its reservations, its cart's `completed_at` or its payment.
 * It was never answered to anyone (the shopper gets the order only when the workflow ends, and
 * every completion that ends has authorized a payment), so it is unlinked and rolled back, the
 * cart is opened again, and the completion that follows makes a whole order.
 *
 * Runs under Medusa's own lock on the cart (same key as completeCartWorkflow's), so a completion
 * that is alive between those steps is waited for, never taken for a dead one. Returns the id of
 * the order rolled back, if any.
 */
export async function recoverUnfinishedCompletion(container: MedusaContainer, cartId: string): Promise<string | null> {
  if (!(await orderOfUnfinishedCompletion(container, cartId))) return null
  const locking = container.resolve(Modules.LOCKING)
  const recover = () =>
    locking.execute(
      cartId,
      async () => {
        const orderId = await orderOfUnfinishedCompletion(container, cartId)
        if (!orderId) return null
        const link = container.resolve(ContainerRegistrationKeys.LINK)
        // Medusa defines this link order → cart; dismiss must name them in that order.
        await link.dismiss({ [Modules.ORDER]: { order_id: orderId }, [Modules.CART]: { cart_id: cartId } })
        await container.resolve(Modules.CART).updateCarts(cartId, { completed_at: null })
        await rollBackOrder(container, orderId, cartId, "linked to its cart by a completion that never ended")
        return orderId
      },
      { timeout: COMPLETION_LOCK_TIMEOUT_S }
    )
  try {
    return await recover()
  } catch (error) {
    if (!isLockTimeout(error)) throw error
    // The lock is still held, by a live completion or by a dead server's (a Redis lock outlives
    // its server by up to two minutes). Letting Medusa's route go on would hand out the unfinished
    // order as soon as that lock expires, so the caller is told to come back instead.
    throw new CompletionBusyError()
  }
}

/** The cart needs recovery but its lock is held; answered as 409 "try again" (Medusa words every 409 its own way). */
export class CompletionBusyError extends Error {
  constructor() {
    super("This cart's checkout is still being finished; try again in a minute")
  }
}

/** Medusa's locking providers say "Timed-out acquiring lock." (or fail to acquire it). */
function isLockTimeout(error: unknown): boolean {
  return error instanceof Error && /timed?[- ]?out|acquir/i.test(error.message)
}

// As long as completeCartWorkflow itself waits for the cart's lock.
const COMPLETION_LOCK_TIMEOUT_S = 30

/** The order linked to the cart when its cart is not marked completed or no payment was made for it. */
async function orderOfUnfinishedCompletion(container: MedusaContainer, cartId: string): Promise<string | null> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `select oc.order_id from order_cart oc join cart c on c.id = oc.cart_id
      where oc.cart_id = ? and oc.deleted_at is null
        and (c.completed_at is null or not exists (
          select 1 from cart_payment_collection cpc join payment p on p.payment_collection_id = cpc.payment_collection_id
           where cpc.cart_id = c.id and cpc.deleted_at is null and p.deleted_at is null))
      limit 1`,
    [cartId]
  )
  return (rows as { order_id: string }[])[0]?.order_id ?? null
}

/** Removes an order's reservations and payment link and soft-deletes it. */
async function rollBackOrder(container: MedusaContainer, orderId: string, cartId: string, why: string): Promise<void> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const orders = container.resolve(Modules.ORDER)
  const inventory = container.resolve(Modules.INVENTORY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
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
  logger.warn(`checkout: rolled back order ${orderId}, ${why} (interrupted completion of cart ${cartId})`)
}
