import fs from "node:fs"
import path from "node:path"
import { expect, type APIRequestContext } from "@playwright/test"
import { ANKANG_ADDRESS } from "../../address.mjs"
import { E2E_BACKEND_URL as BACKEND, E2E_STRIPE_CONTROL_PORT } from "../../ports.mjs"

const CONTROL = `http://127.0.0.1:${E2E_STRIPE_CONTROL_PORT}`
export const ALIPAY = "pp_stripe-alipay_stripe"

function storeHeaders(): Record<string, string> {
  const key = fs.readFileSync(path.resolve(__dirname, "../../../.data/publishable-key"), "utf8").trim()
  return { "x-publishable-api-key": key, "content-type": "application/json" }
}

async function store<T>(request: APIRequestContext, method: "get" | "post", url: string, data?: unknown): Promise<T> {
  const response = await request[method](`${BACKEND}${url}`, { headers: storeHeaders(), ...(data ? { data } : {}) })
  expect(response.ok(), `${method.toUpperCase()} ${url} → ${response.status()} ${await response.text()}`).toBe(true)
  return (await response.json()) as T
}

/** A cart ready to pay (one item, standard shipping) with an Alipay session on the Stripe test server, as the checkout leaves it. */
export async function alipayCart(request: APIRequestContext, handle: string): Promise<{ cartId: string; intentId: string }> {
  const { regions } = await store<{ regions: { id: string }[] }>(request, "get", "/store/regions")
  const regionId = regions[0]!.id
  const { cart } = await store<{ cart: { id: string } }>(request, "post", "/store/carts", {
    region_id: regionId,
    email: `alipay-${Date.now()}@example.com`,
    shipping_address: ANKANG_ADDRESS,
    billing_address: ANKANG_ADDRESS,
  })
  const { products } = await store<{ products: { variants: { id: string }[] }[] }>(request, "get", `/store/products?handle=${handle}&fields=*variants`)
  await store(request, "post", `/store/carts/${cart.id}/line-items`, { variant_id: products[0]!.variants[0]!.id, quantity: 1 })
  // One item, so one parcel: its cheapest option (standard).
  const { parcels } = await store<{ parcels: { options: { id: string }[] }[] }>(request, "get", `/store/carts/${cart.id}/parcels`)
  await store(request, "post", `/store/carts/${cart.id}/shipping-methods`, { option_id: parcels[0]!.options[0]!.id })
  const { payment_collection } = await store<{ payment_collection: { id: string } }>(request, "post", "/store/payment-collections", { cart_id: cart.id })
  const { payment_collection: withSession } = await store<{ payment_collection: { payment_sessions: { provider_id: string; data: { id: string } }[] } }>(
    request,
    "post",
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: ALIPAY }
  )
  const session = withSession.payment_sessions.find((s) => s.provider_id === ALIPAY)!
  return { cartId: cart.id, intentId: session.data.id }
}

/** What Stripe does once the shopper paid in the Alipay app: the intent succeeds and the signed webhook reaches the backend. */
export async function succeedAlipayPayment(request: APIRequestContext, intentId: string): Promise<void> {
  const response = await request.post(`${CONTROL}/succeed`, { data: { payment_intent: intentId, provider: "stripe-alipay_stripe" } })
  expect(response.ok(), await response.text()).toBe(true)
  const { delivered } = (await response.json()) as { delivered: { status: number } }
  expect(delivered.status).toBe(200)
}
