import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STRIPE_WEBHOOK_EVENT_MODULE } from "../../src/modules/stripe-webhook-events"
import type StripeWebhookEventModuleService from "../../src/modules/stripe-webhook-events/service"
import { startStripeTestServer, type StripeTestServer, type TestEvent } from "../stripe-test-server"
import { chooseShipping } from "../utils/checkout"
import { adminHeaders, ANKANG_ADDRESS, eventually, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_payments_stripe"
const WEBHOOK_SECRET = "whsec_integration_test_secret"
const ALIPAY = "pp_stripe-alipay_stripe"
const ALIPAY_WEBHOOK = "/hooks/payment/stripe-alipay_stripe"
// Medusa's webhook route delays processing by 5 s (its webhook_delay option is not read in 2.21:
// the route looks for `.options` on the payment module service, which has none).
const PROCESSING_WAIT_MS = 25_000

// The suite sets Stripe up itself, before the app boots (seededSuite's beforeAll runs after this
// top-level one), so it needs no real keys: the providers talk to the local test server.
let stripe: StripeTestServer
beforeAll(async () => {
  stripe = await startStripeTestServer({ webhookSecret: WEBHOOK_SECRET })
  process.env.STRIPE_API_KEY = "sk_test_integration"
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
  process.env.STRIPE_API_HOST = stripe.apiHost
})
afterAll(async () => {
  await stripe?.close()
  delete process.env.STRIPE_API_KEY
  delete process.env.STRIPE_WEBHOOK_SECRET
  delete process.env.STRIPE_API_HOST
})

seededSuite(DB_NAME, ({ api, getContainer, store }) => {
  const webhookUrl = () => `${(api as unknown as { defaults: { baseURL: string } }).defaults.baseURL}${ALIPAY_WEBHOOK}`
  const deliver = (event: TestEvent, options: { secret?: string; timestamp?: number; tamper?: (payload: string) => string } = {}) =>
    stripe.deliverEvent(event, { url: webhookUrl(), ...options })

  const variantOf = async (handle: string, regionId: string) => {
    const { data } = await api.get(`/store/products?handle=${handle}&region_id=${regionId}&fields=*variants.calculated_price,variants.sku`, store)
    return data.products[0].variants.find((v: { sku: string }) => v.sku === `${handle}-1`.toUpperCase())
  }

  /** A cart of 151.00 CNY (绞股蓝 68 + 魔芋挂面 39, two enterprises' parcels by SF express at 22 each) with an Alipay session on the test server. */
  async function alipayCheckout() {
    const { data: regions } = await api.get("/store/regions", store)
    const regionId = regions.regions[0].id
    const { data: created } = await api.post(
      "/store/carts",
      { region_id: regionId, email: "alipay@example.com", shipping_address: ANKANG_ADDRESS, billing_address: ANKANG_ADDRESS },
      store
    )
    const cartId: string = created.cart.id
    for (const handle of ["pingli-jiaogulan", "langao-konjac-noodles"]) {
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: (await variantOf(handle, regionId)).id, quantity: 1 }, store)
    }
    expect(await chooseShipping(api, store, cartId, "顺丰特快")).toHaveLength(2)
    const { data: withShipping } = await api.get(`/store/carts/${cartId}?fields=+total`, store)
    expect(withShipping.cart.total).toBe(151)
    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
    const { data: withSession } = await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: ALIPAY }, store)
    const session = withSession.payment_collection.payment_sessions.find((s: { provider_id: string }) => s.provider_id === ALIPAY)
    return { cartId, regionId, session, intentId: session.data.id as string }
  }

  const orderIdOfCart = async (cartId: string): Promise<string | undefined> => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
    return data[0]?.order_id
  }

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  describe("setup", () => {
    it("offers the system provider and Stripe's card, Alipay and WeChat Pay in the region", async () => {
      const { data: regions } = await api.get("/store/regions", store)
      const { data } = await api.get(`/store/payment-providers?region_id=${regions.regions[0].id}`, store)
      expect(data.payment_providers.map((p: { id: string }) => p.id).sort()).toEqual(
        ["pp_stripe-alipay_stripe", "pp_stripe-wechat-pay_stripe", "pp_stripe_stripe", "pp_system_default"].sort()
      )
    })
  })

  describe("checkout through Alipay", () => {
    it("creates a 15100-fen Alipay intent; the signed payment_intent.succeeded webhook turns the cart into a captured order; a replay changes nothing; an admin refund of 29.50 reaches Stripe as 2950 fen", async () => {
      const { cartId, intentId } = await alipayCheckout()
      expect(stripe.paymentIntents.get(intentId)).toMatchObject({
        amount: 15100,
        currency: "cny",
        capture_method: "automatic",
        payment_method_types: ["alipay"],
      })

      // The shopper pays in the Alipay app; Stripe tells us.
      const event = stripe.succeedPaymentIntent(intentId)
      const delivered = await deliver(event)
      expect(delivered.status).toBe(200)

      const orderId = await eventually(() => orderIdOfCart(cartId), PROCESSING_WAIT_MS)
      const admin = await adminHeaders(api)
      const fields = "total,payment_status,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds"
      const { data: placed } = await api.get(`/admin/orders/${orderId}?fields=${fields}`, admin)
      expect(placed.order.total).toBe(151)
      expect(placed.order.payment_status).toBe("captured")
      const [payment] = placed.order.payment_collections[0].payments
      expect(payment.provider_id).toBe(ALIPAY)
      expect(payment.captures.map((c: { amount: number }) => c.amount)).toEqual([151])

      // Replayed: acknowledged, not queued, nothing changes.
      const replay = await deliver(event)
      expect(replay.status).toBe(200)
      expect(JSON.parse(replay.body)).toEqual({ received: true, duplicate: true })
      await sleep(7000)
      const { data: afterReplay } = await api.get(`/admin/orders/${orderId}?fields=${fields}`, admin)
      expect(afterReplay.order.payment_collections[0].payments[0].captures).toHaveLength(1)
      expect(afterReplay.order.payment_status).toBe("captured")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: cartOrders } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      expect(cartOrders).toHaveLength(1)

      // A partial refund from the admin reaches the provider, in fen.
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 29.5 }, admin)
      expect(stripe.refunds.filter((r) => r.payment_intent === intentId).map((r) => r.amount)).toEqual([2950])
      const { data: refunded } = await api.get(`/admin/orders/${orderId}?fields=${fields}`, admin)
      expect(refunded.order.payment_status).toBe("partially_refunded")
    })
  })

  describe("webhook signatures", () => {
    it("refuses forged, tampered and stale deliveries with a 400 and queues nothing", async () => {
      const { cartId, intentId } = await alipayCheckout()
      const event = stripe.succeedPaymentIntent(intentId)

      const forged = await deliver(event, { secret: "whsec_someone_else" })
      expect(forged.status).toBe(400)
      expect(JSON.parse(forged.body).message).toMatch(/^Stripe webhook refused: No signatures found matching the expected signature/)

      const tampered = await deliver(event, { tamper: (payload) => payload.replace('"amount_received": 15100', '"amount_received": 1') })
      expect(tampered.status).toBe(400)
      expect(JSON.parse(tampered.body).message).toMatch(/No signatures found matching the expected signature/)

      const stale = await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 600 })
      expect(stale.status).toBe(400)
      expect(JSON.parse(stale.body).message).toMatch(/Timestamp outside the tolerance zone/)

      const unsigned = await expectFailure(api.post(ALIPAY_WEBHOOK, event))
      expect(unsigned.status).toBe(400)
      expect(unsigned.data.message).toMatch(/Stripe-Signature header is missing/)

      // Nothing was recorded or queued: past Medusa's processing delay the cart is still a cart.
      const received = getContainer().resolve<StripeWebhookEventModuleService>(STRIPE_WEBHOOK_EVENT_MODULE)
      expect(await received.listStripeWebhookEvents({ id: event.id })).toHaveLength(0)
      await sleep(7000)
      expect(await orderIdOfCart(cartId)).toBeUndefined()

      // The genuine delivery still goes through afterwards.
      expect((await deliver(event)).status).toBe(200)
      await eventually(() => orderIdOfCart(cartId), PROCESSING_WAIT_MS)
    })

    it("answers 404 for a Stripe provider that is not ours, without queuing", async () => {
      const response = await expectFailure(api.post("/hooks/payment/stripe-ideal_stripe", {}, { headers: { "stripe-signature": "t=1,v1=x" } }))
      expect(response.status).toBe(404)
    })
  })

  describe("amount check", () => {
    it("refuses an intent paid for another amount than the cart's: no payment, no order", async () => {
      const { cartId, intentId, session } = await alipayCheckout()
      const event = stripe.succeedPaymentIntent(intentId, { amountReceived: 100 })
      expect((await deliver(event)).status).toBe(200)
      const payments = getContainer().resolve(Modules.PAYMENT)
      const refused = await eventually(async () => {
        const [current] = await payments.listPaymentSessions({ id: session.id })
        return current?.status === "error" ? current : undefined
      }, PROCESSING_WAIT_MS)
      expect(refused.data).toMatchObject({ amount: 15100, amount_mismatch: "paid 100, expected 15100 (smallest unit)" })
      expect(await payments.listPayments({ payment_session_id: session.id })).toHaveLength(0)
      expect(await orderIdOfCart(cartId)).toBeUndefined()
    })
  })
})
