// Drives guest checkouts over the store API the way the storefront does (the same steps as
// backend/integration-tests/utils/checkout.ts): a cart with an address, e-mail and items, standard
// shipping for each of its parcels, a session with the system payment provider, then complete.

import { performance } from "node:perf_hooks"
import { ANKANG_ADDRESS } from "../address.mjs"

/** A store API client: `call(method, path, body)` resolves to { status, data, ms } and never throws on HTTP errors. */
export function storeClient(baseUrl, publishableKey) {
  return async function call(method, path, body, timeoutMs = 60_000) {
    const started = performance.now()
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: globalThis.AbortSignal.timeout(timeoutMs),
    })
    const text = await response.text()
    let data
    try {
      data = JSON.parse(text)
    } catch {
      data = { message: text }
    }
    return { status: response.status, data, ms: performance.now() - started }
  }
}

async function ok(answer, what) {
  const result = await answer
  if (result.status >= 300) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.data).slice(0, 300)}`)
  return result.data
}

/**
 * What every checkout needs: the region and `variantCount` seeded variants (first variant of each
 * product). Callers that run side by side on one database
 * pass their own `email`: Medusa makes a guest customer per e-mail, and two first carts of one new
 * e-mail at the same moment race for it ("Customer with email … already exists").
 */
export async function checkoutSetup(call, { variantCount = 5, email = "setup@example.com" } = {}) {
  const { regions } = await ok(call("GET", "/store/regions"), "regions")
  const { products } = await ok(call("GET", `/store/products?limit=${variantCount}&fields=id,*variants`), "products")
  const variantIds = products.map((p) => p.variants[0].id)
  // One cart first, so the guest customer of `email` exists before carts run side by side.
  await prepareCart(call, { regionId: regions[0].id, variantId: variantIds[0], email })
  return { regionId: regions[0].id, variantIds }
}

async function prepareCart(call, { regionId, variantId, email }) {
  const { cart } = await ok(
    call("POST", "/store/carts", { region_id: regionId, email, shipping_address: ANKANG_ADDRESS, billing_address: ANKANG_ADDRESS, items: [{ variant_id: variantId, quantity: 1 }] }),
    "create cart"
  )
  return cart.id
}

/** A cart ready to complete (items, address, shipping, system payment session); resolves to its id. */
export async function readyCart(call, setup, { email, variantId = setup.variantIds[0] }) {
  const cartId = await prepareCart(call, { regionId: setup.regionId, variantId, email })
  // Each enterprise ships its own parcel: one method per parcel, standard where it is offered.
  const { parcels } = await ok(call("GET", `/store/carts/${cartId}/parcels`), "parcels")
  for (const parcel of parcels) {
    const option = parcel.options.find((o) => o.name === "标准快递") ?? parcel.options[0]
    await ok(call("POST", `/store/carts/${cartId}/shipping-methods`, { option_id: option.id }), "shipping method")
  }
  const { payment_collection } = await ok(call("POST", "/store/payment-collections", { cart_id: cartId }), "payment collection")
  await ok(call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }), "payment session")
  return cartId
}

/** Completes a cart; resolves to { status, data, ms } (an order is `status 200, data.type "order"`). */
export function completeCart(call, cartId) {
  return call("POST", `/store/carts/${cartId}/complete`, {})
}

/** Runs `task` for every input with at most `limit` in flight. */
export async function concurrently(inputs, task, limit = inputs.length) {
  const results = new Array(inputs.length)
  let next = 0
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++
      results[index] = await task(inputs[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker))
  return results
}

/** The p-th percentile (nearest rank) of `values`. */
export function percentile(values, p) {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}
