import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { readyCart, regionId, seededVariantId } from "../utils/checkout"
import { seededSuite } from "../utils/suite"

// A SIGKILL can cut Medusa's completeCartWorkflow off between any two steps (e2e/crash does it for
// real). These tests put a cart into the state such a cut leaves behind and check that the
// shopper's retry makes exactly one whole order (src/lib/checkout-recovery.ts).
seededSuite("seleno_it_checkout_recovery", ({ api, getContainer, store }) => {
  async function completedCart(): Promise<{ cartId: string; orderId: string }> {
    const tea = await seededVariantId(api, store, "ziyang-maojian-green-tea")
    const cartId = await readyCart(api, store, { regionId: await regionId(api, store), items: [{ variant_id: tea, quantity: 2 }] })
    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(data.type).toBe("order")
    return { cartId, orderId: data.order.id }
  }

  /**
   * What a completion cut off after creating the order leaves: by default before it linked the order
   * or marked the cart completed; `completed` cuts it off after that, before the payment.
   */
  async function cutOff(container: MedusaContainer, cartId: string, orderId: string, opts: { linked: boolean; completed?: boolean }): Promise<void> {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const collection = "select payment_collection_id from cart_payment_collection where cart_id = ?"
    await knex.raw(`delete from payment where payment_collection_id in (${collection})`, [cartId])
    await knex.raw(`update payment_session set status = 'pending', authorized_at = null where payment_collection_id in (${collection})`, [cartId])
    await knex.raw(`update payment_collection set status = 'not_paid', authorized_amount = 0 where id in (${collection})`, [cartId])
    if (opts.completed) return
    await knex.raw("update cart set completed_at = null where id = ?", [cartId])
    const items = await knex.raw("select item_id from order_item where order_id = ?", [orderId])
    await knex.raw("delete from reservation_item where line_item_id = any(?)", [items.rows.map((r: { item_id: string }) => r.item_id)])
    if (!opts.linked) await knex.raw("delete from order_cart where order_id = ?", [orderId])
  }

  async function stateOf(container: MedusaContainer, cartId: string) {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const live = await knex.raw(`select id from "order" where deleted_at is null and metadata->>'cart_id' = ?`, [cartId])
    const links = await knex.raw("select order_id from order_cart where cart_id = ? and deleted_at is null", [cartId])
    const cart = await container.resolve(Modules.CART).retrieveCart(cartId, { select: ["completed_at"] })
    const payments = await knex.raw(
      "select p.id from payment p join cart_payment_collection cpc using (payment_collection_id) where cpc.cart_id = ? and p.deleted_at is null",
      [cartId]
    )
    expect(payments.rows).toHaveLength(1)
    return { liveOrders: live.rows.map((r: { id: string }) => r.id), linkedOrders: links.rows.map((r: { order_id: string }) => r.order_id), completedAt: cart.completed_at }
  }

  async function reservedFor(container: MedusaContainer, orderId: string): Promise<number> {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await knex.raw(
      `select coalesce(sum(r.quantity), 0)::int as n from reservation_item r
         join order_item oi on oi.item_id = r.line_item_id where oi.order_id = ? and r.deleted_at is null`,
      [orderId]
    )
    return rows[0].n
  }

  it("a completed cart completed again answers its one order and rolls nothing back", async () => {
    const container = getContainer()
    const { cartId, orderId } = await completedCart()
    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(data.order.id).toBe(orderId)
    expect(await stateOf(container, cartId)).toEqual({ liveOrders: [orderId], linkedOrders: [orderId], completedAt: expect.anything() })
    expect(await reservedFor(container, orderId)).toBe(2)
  })

  it("an order linked to its cart by a cut-off completion is rolled back and the retry makes one whole order", async () => {
    const container = getContainer()
    const { cartId, orderId: cutOrder } = await completedCart()
    await cutOff(container, cartId, cutOrder, { linked: true })
    // Until the retry, the return page is not told about the order that is about to go.
    expect((await api.get(`/store/carts/${cartId}/order`, store)).data).toMatchObject({ order_id: null, completed: false })

    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(data.type).toBe("order")
    expect(data.order.id).not.toBe(cutOrder)
    expect(await stateOf(container, cartId)).toEqual({ liveOrders: [data.order.id], linkedOrders: [data.order.id], completedAt: expect.anything() })
    expect(await reservedFor(container, data.order.id)).toBe(2)
    // The shopper's order page (and the return page) finds the new order through the cart.
    const { data: byCart } = await api.get(`/store/carts/${cartId}/order`, store)
    expect(byCart).toMatchObject({ order_id: data.order.id, completed: true })
  })

  it("an order a cut-off completion left without its cart link is rolled back and the retry makes one order", async () => {
    const container = getContainer()
    const { cartId, orderId: cutOrder } = await completedCart()
    await cutOff(container, cartId, cutOrder, { linked: false })

    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(data.order.id).not.toBe(cutOrder)
    expect(await stateOf(container, cartId)).toEqual({ liveOrders: [data.order.id], linkedOrders: [data.order.id], completedAt: expect.anything() })
    expect(await reservedFor(container, data.order.id)).toBe(2)
  })

  it("an order of a completion cut off before its payment was authorized is rolled back and the retry pays and orders once", async () => {
    const container = getContainer()
    const { cartId, orderId: cutOrder } = await completedCart()
    await cutOff(container, cartId, cutOrder, { linked: true, completed: true })

    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(data.order.id).not.toBe(cutOrder)
    expect(await stateOf(container, cartId)).toEqual({ liveOrders: [data.order.id], linkedOrders: [data.order.id], completedAt: expect.anything() })
    expect(await reservedFor(container, data.order.id)).toBe(2)
    const { data: admin } = await api.get(`/store/orders/${data.order.id}?fields=payment_status`, store)
    expect(admin.order.payment_status).toBe("authorized")
  })

  it("while the cart's lock is held, a cut-off completion is not handed out: the caller is told to try again", async () => {
    const container = getContainer()
    const { cartId, orderId: cutOrder } = await completedCart()
    await cutOff(container, cartId, cutOrder, { linked: true, completed: true })
    // As a server that died mid-completion leaves it on Redis: the lock outlives it.
    const locking = container.resolve(Modules.LOCKING)
    await locking.acquire(cartId, { ownerId: "dead-server", expire: 120 })
    try {
      const busy = await api.post(`/store/carts/${cartId}/complete`, {}, store).catch((error: { response: { status: number; data: { message: string } } }) => error.response)
      expect(busy.status).toBe(409)
      expect(busy.data.message).toMatch(/still being finished; try again/)
    } finally {
      await locking.release(cartId, { ownerId: "dead-server" })
    }
    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(data.order.id).not.toBe(cutOrder)
    expect(await stateOf(container, cartId)).toEqual({ liveOrders: [data.order.id], linkedOrders: [data.order.id], completedAt: expect.anything() })
  }, 90_000)
})
