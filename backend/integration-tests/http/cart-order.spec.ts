import { chooseShipping } from "../utils/checkout"
import { ANKANG_ADDRESS, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_cart_order"

seededSuite(DB_NAME, ({ api, store }) => {
  async function cartReadyToComplete(): Promise<string> {
    const { data: regions } = await api.get("/store/regions", store)
    const regionId = regions.regions[0].id
    const { data: created } = await api.post(
      "/store/carts",
      { region_id: regionId, email: "cart-order@example.com", shipping_address: ANKANG_ADDRESS, billing_address: ANKANG_ADDRESS },
      store
    )
    const cartId: string = created.cart.id
    const { data: products } = await api.get(`/store/products?handle=langao-konjac-noodles&region_id=${regionId}&fields=*variants`, store)
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: products.products[0].variants[0].id, quantity: 1 }, store)
    await chooseShipping(api, store, cartId)
    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
    await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
    return cartId
  }

  describe("GET /store/carts/:id/order", () => {
    it("answers null with the payment session's status before completion, and the order id after", async () => {
      const cartId = await cartReadyToComplete()
      const { data: before } = await api.get(`/store/carts/${cartId}/order`, store)
      expect(before).toEqual({ order_id: null, completed: false, payment_status: "pending" })

      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(completed.type).toBe("order")
      const { data: after } = await api.get(`/store/carts/${cartId}/order`, store)
      expect(after).toMatchObject({ order_id: completed.order.id, completed: true })
    })

    it("refuses a malformed id (400) and answers 404 for an unknown cart", async () => {
      expect((await expectFailure(api.get("/store/carts/not-a-cart'--/order", store))).status).toBe(400)
      expect((await expectFailure(api.get("/store/carts/cart_01UNKNOWN0000000000000000/order", store))).status).toBe(404)
    })

    it("needs the publishable key like every store route", async () => {
      const cartId = await cartReadyToComplete()
      expect((await expectFailure(api.get(`/store/carts/${cartId}/order`))).status).toBe(400)
    })
  })
})
