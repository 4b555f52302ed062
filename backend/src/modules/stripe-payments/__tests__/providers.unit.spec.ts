import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { startStripeTestServer, type StripeTestServer } from "../../../../integration-tests/stripe-test-server"
import { STRIPE_PROVIDER_IDS, stripeOptionsFromEnv, type SelenoStripeOptions } from "../settings"
import StripeAlipayProvider from "../stripe-alipay"
import StripeCardProvider from "../stripe-card"
import StripeWechatPayProvider from "../stripe-wechat-pay"
import { parseStripeApiHost } from "../test-host-client"

// The real stripe SDK inside Medusa's StripeBase, pointed at the local test server (no mocks).
const WEBHOOK_SECRET = "whsec_unit_test_secret"
const silentLogger = { warn: jest.fn(), info: jest.fn(), error: jest.fn(), debug: jest.fn() }

let stripe: StripeTestServer
let options: SelenoStripeOptions

beforeAll(async () => {
  stripe = await startStripeTestServer({ webhookSecret: WEBHOOK_SECRET })
  options = { apiKey: "sk_test_unit", webhookSecret: WEBHOOK_SECRET, apiHost: stripe.apiHost }
})

afterAll(() => stripe.close())

const alipay = () => new StripeAlipayProvider({ logger: silentLogger }, options)
const wechatPay = () => new StripeWechatPayProvider({ logger: silentLogger }, options)
const card = () => new StripeCardProvider({ logger: silentLogger }, options)

async function initiate(provider: StripeAlipayProvider | StripeWechatPayProvider | StripeCardProvider, amount: number, currency: string, data: Record<string, unknown> = {}) {
  const session = await provider.initiatePayment({ amount, currency_code: currency, data: { session_id: "payses_unit", ...data }, context: {} })
  return { session, intent: stripe.paymentIntents.get(session.id)! }
}

describe("provider ids and settings", () => {
  it("registers card, Alipay and WeChat Pay under the ids the webhook route and regions use", () => {
    expect(STRIPE_PROVIDER_IDS).toEqual(["pp_stripe_stripe", "pp_stripe-alipay_stripe", "pp_stripe-wechat-pay_stripe"])
    expect([StripeCardProvider.identifier, StripeAlipayProvider.identifier, StripeWechatPayProvider.identifier]).toEqual(["stripe", "stripe-alipay", "stripe-wechat-pay"])
  })

  it("turns Stripe on only when both the API key and the webhook secret are set", () => {
    expect(stripeOptionsFromEnv({})).toBeNull()
    expect(stripeOptionsFromEnv({ STRIPE_API_KEY: "sk_test_x" })).toBeNull()
    expect(stripeOptionsFromEnv({ STRIPE_WEBHOOK_SECRET: "whsec_x" })).toBeNull()
    expect(stripeOptionsFromEnv({ STRIPE_API_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_x" })).toEqual({ apiKey: "sk_test_x", webhookSecret: "whsec_x" })
  })

  it("reads the test host as host:port or a URL", () => {
    expect(parseStripeApiHost("127.0.0.1:12111")).toEqual({ host: "127.0.0.1", port: 12111, protocol: "http" })
    expect(parseStripeApiHost("https://stripe.test")).toEqual({ host: "stripe.test", port: 443, protocol: "https" })
  })
})

describe("Alipay and WeChat Pay intents", () => {
  it("creates an Alipay intent for 129.00 CNY as 12900 fen, automatic capture, alipay only", async () => {
    const { session, intent } = await initiate(alipay(), 129, "cny")
    expect(session.status).toBe(PaymentSessionStatus.PENDING)
    expect(intent).toMatchObject({ amount: 12900, currency: "cny", capture_method: "automatic", payment_method_types: ["alipay"] })
    expect(intent.metadata.session_id).toBe("payses_unit")
  })

  it("creates a WeChat Pay intent for the web client, automatic capture, wechat_pay only", async () => {
    const { intent } = await initiate(wechatPay(), 58.8, "cny")
    expect(intent).toMatchObject({ amount: 5880, capture_method: "automatic", payment_method_types: ["wechat_pay"] })
    expect(intent.payment_method_options).toEqual({ wechat_pay: { client: "web" } })
  })

  it("keeps the method and automatic capture whatever the store client sends in the session data", async () => {
    const { intent } = await initiate(alipay(), 10, "cny", { capture_method: "manual", payment_method_types: ["card"], automatic_payment_methods: { enabled: true } })
    expect(intent).toMatchObject({ capture_method: "automatic", payment_method_types: ["alipay"] })
  })

  it("sends amounts in each currency's smallest unit: CNY fen, JPY yen, KWD fils rounded up to 10", async () => {
    expect((await initiate(alipay(), 129.99, "cny")).intent.amount).toBe(12999)
    expect((await initiate(alipay(), 0.1 + 0.2, "cny")).intent.amount).toBe(30)
    expect((await initiate(alipay(), 1290, "jpy")).intent.amount).toBe(1290)
    // Stripe wants three-decimal amounts in multiples of 10; Medusa's package rounds them up.
    expect((await initiate(card(), 12.345, "kwd")).intent.amount).toBe(12350)
    expect((await initiate(card(), 12.34, "kwd")).intent.amount).toBe(12340)
  })

  it("updates the intent's amount when the cart total changes", async () => {
    const provider = alipay()
    const { session } = await initiate(provider, 129, "cny")
    const updated = await provider.updatePayment({ amount: 151, currency_code: "cny", data: session.data!, context: {} })
    expect(stripe.paymentIntents.get(session.id)!.amount).toBe(15100)
    expect((updated.data as { amount: number }).amount).toBe(15100)
  })
})

describe("statuses", () => {
  it("an Alipay intent waiting for the shopper is pending; once paid it is captured", async () => {
    const provider = alipay()
    const { session } = await initiate(provider, 129, "cny")
    expect((await provider.authorizePayment({ data: session.data! })).status).toBe(PaymentSessionStatus.PENDING)
    stripe.succeedPaymentIntent(session.id)
    const paid = await provider.authorizePayment({ data: session.data! })
    expect(paid.status).toBe(PaymentSessionStatus.CAPTURED)
  })

  it("a card intent is authorized, captured on request, and refunded exactly (129.00 then 29.50 CNY)", async () => {
    const provider = card()
    const { session } = await initiate(provider, 129, "cny", { payment_method: "pm_card_visa", confirm: true })
    const authorized = await provider.authorizePayment({ data: session.data! })
    expect(authorized.status).toBe(PaymentSessionStatus.AUTHORIZED)
    expect(stripe.paymentIntents.get(session.id)!.capture_method).toBe("manual")
    const captured = await provider.capturePayment({ data: authorized.data! })
    expect(captured.data).toMatchObject({ status: "succeeded", amount_received: 12900 })
    await provider.refundPayment({ amount: 29.5, data: captured.data!, context: {} })
    expect(stripe.refunds.filter((r) => r.payment_intent === session.id).map((r) => r.amount)).toEqual([2950])
  })

  it("a canceled session cancels its intent", async () => {
    const provider = wechatPay()
    const { session } = await initiate(provider, 20, "cny")
    await provider.cancelPayment({ data: session.data! })
    expect(stripe.paymentIntents.get(session.id)!.status).toBe("canceled")
  })
})

describe("amount check", () => {
  it("refuses an intent paid for less than the session asked, and keeps the expected amount", async () => {
    const provider = alipay()
    const { session } = await initiate(provider, 129, "cny")
    stripe.succeedPaymentIntent(session.id, { amountReceived: 100 })
    const result = await provider.authorizePayment({ data: session.data! })
    expect(result.status).toBe(PaymentSessionStatus.ERROR)
    expect(result.data).toMatchObject({ amount: 12900, amount_mismatch: "paid 100, expected 12900 (smallest unit)" })
    // A retry with what was stored still compares against 12900.
    expect((await provider.authorizePayment({ data: result.data! })).status).toBe(PaymentSessionStatus.ERROR)
  })

  it("refuses an intent whose amount was edited outside Medusa", async () => {
    const provider = alipay()
    const { session } = await initiate(provider, 129, "cny")
    stripe.editPaymentIntent(session.id, { amount: 1 })
    stripe.succeedPaymentIntent(session.id)
    const result = await provider.authorizePayment({ data: session.data! })
    expect(result.status).toBe(PaymentSessionStatus.ERROR)
    expect(result.data?.amount_mismatch).toBe("amount 1, expected 12900 (smallest unit)")
  })
})

describe("webhook events", () => {
  it("turns a signed payment_intent.succeeded into a successful action for the session, in CNY yuan", async () => {
    const provider = alipay()
    const { session } = await initiate(provider, 129, "cny")
    const { payload, signature } = stripe.signedDelivery(stripe.succeedPaymentIntent(session.id))
    const action = await provider.getWebhookActionAndData({ data: JSON.parse(payload), rawData: Buffer.from(payload), headers: { "stripe-signature": signature } })
    expect(action).toEqual({ action: PaymentActions.SUCCESSFUL, data: { session_id: "payses_unit", amount: 129 } })
  })

  it("rejects an event signed with another secret", async () => {
    const provider = alipay()
    const { session } = await initiate(provider, 129, "cny")
    const { payload, signature } = stripe.signedDelivery(stripe.succeedPaymentIntent(session.id), { secret: "whsec_forged" })
    await expect(
      provider.getWebhookActionAndData({ data: JSON.parse(payload), rawData: Buffer.from(payload), headers: { "stripe-signature": signature } })
    ).rejects.toThrow(/signature/i)
  })
})
