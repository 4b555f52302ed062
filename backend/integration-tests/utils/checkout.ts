import type { CartParcelView } from "@seleno/domain"
import { ANKANG_ADDRESS } from "./store"
import type { SeededSuite } from "./suite"

type Api = SeededSuite["api"]
type Headers = { headers: Record<string, string> }

/** The seeded CNY region's id. */
export async function regionId(api: Api, store: Headers): Promise<string> {
  const { data } = await api.get("/store/regions", store)
  return data.regions[0].id
}

/** The first seeded variant of a product (by SKU; the API does not promise an order). */
export async function seededVariantId(api: Api, store: Headers, handle: string): Promise<string> {
  const { data } = await api.get(`/store/products?handle=${handle}&fields=*variants,variants.sku`, store)
  return data.products[0].variants.find((v: { sku: string }) => v.sku === `${handle}-1`.toUpperCase()).id
}

/**
 * A guest cart that is ready to complete: address, e-mail, the items, standard shipping for each parcel and a
 * session with the system payment provider, the way the storefront drives a checkout.
 */
export async function readyCart(
  api: Api,
  store: Headers,
  input: { regionId: string; items: { variant_id: string; quantity: number }[]; email?: string; shippingOptionId?: string }
): Promise<string> {
  // Items go in with the cart: every cart change re-prices the whole cart, so fewer calls are faster.
  const { data: created } = await api.post(
    "/store/carts",
    {
      region_id: input.regionId,
      email: input.email ?? "buyer@example.com",
      shipping_address: ANKANG_ADDRESS,
      billing_address: ANKANG_ADDRESS,
      items: input.items,
    },
    store
  )
  const cartId: string = created.cart.id
  if (input.shippingOptionId) await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: input.shippingOptionId }, store)
  else await chooseShipping(api, store, cartId)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
  return cartId
}

/** The cart's parcels (one per enterprise × temperature class), as the checkout shows them. */
export async function cartParcels(api: Api, store: Headers, cartId: string): Promise<CartParcelView[]> {
  const { data } = await api.get(`/store/carts/${cartId}/parcels`, store)
  return data.parcels
}

/**
 * The option called `name` (the seeded standard ¥10 one by default) of the cart's first parcel,
 * for carts whose items one enterprise ships at one temperature.
 */
export async function standardShippingOptionId(api: Api, store: Headers, cartId: string, name = "标准快递"): Promise<string> {
  const [parcel] = await cartParcels(api, store, cartId)
  const option = parcel?.options.find((o) => o.name === name)
  if (!option) throw new Error(`no ${name} option for cart ${cartId}: ${JSON.stringify(parcel)}`)
  return option.id
}

/** Picks one option per parcel (the one called `name` where there is one, else the cheapest); returns them. */
export async function chooseShipping(api: Api, store: Headers, cartId: string, name = "标准快递"): Promise<string[]> {
  const chosen: string[] = []
  for (const parcel of await cartParcels(api, store, cartId)) {
    const option = parcel.options.find((o) => o.name === name) ?? parcel.options[0]
    if (!option) throw new Error(`parcel ${parcel.shipping_profile_id} of cart ${cartId} has no shipping option`)
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store)
    chosen.push(option.id)
  }
  return chosen
}

/** Runs `task` for every input with at most `limit` in flight (all of them when omitted). */
export async function concurrently<T, R>(inputs: T[], task: (input: T, index: number) => Promise<R>, limit = inputs.length): Promise<R[]> {
  const results: R[] = new Array(inputs.length)
  let next = 0
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++
      results[index] = await task(inputs[index]!, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker))
  return results
}

/** An HTTP answer whether axios threw on it or not. */
export async function settle(request: Promise<{ status: number; data: any }>): Promise<{ status: number; data: any }> {
  try {
    const { status, data } = await request
    return { status, data }
  } catch (error: any) {
    if (error.response) return { status: error.response.status, data: error.response.data }
    throw error
  }
}
