import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { TOTALS_FIELDS, toMedusaLocale, type StorefrontLocale } from "@seleno/domain"
import { cookies } from "next/headers"
import { isValidVisitorId, VISITOR_COOKIE } from "@/lib/attribution"
import { getAuthToken, getCartId, setCartId } from "./cookies"
import { isClientError, isNotFoundError, sdk, storeHeaders } from "./medusa"
import { getRegion } from "./regions"

// The cart's own fields plus every field the totals view reads (Medusa's computed totals).
export const CART_FIELDS = [
  "*items,*items.variant,+items.product_handle,+items.thumbnail,*shipping_methods,*shipping_address,*billing_address,*payment_collection,+metadata,+email,+locale",
  ...TOTALS_FIELDS.map((field) => `+${field}`),
].join(",")

/** The shopper's cart from the cookie, or undefined when there is none (or it is gone/completed). */
export async function retrieveCart(locale: StorefrontLocale): Promise<HttpTypes.StoreCart | undefined> {
  const id = await getCartId()
  if (!id) return undefined
  const token = await getAuthToken()
  try {
    const { cart } = await sdk().store.cart.retrieve(id, { fields: CART_FIELDS }, storeHeaders(locale, token))
    if ((cart as { completed_at?: string | null }).completed_at) return undefined
    return cart
  } catch (error) {
    if (isNotFoundError(error)) return undefined
    throw error
  }
}

export function cartItemCount(cart: HttpTypes.StoreCart | undefined): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}

/** The first-party visitor id (set by the proxy) when the cookie holds a valid one. */
export async function getVisitorId(): Promise<string | undefined> {
  const value = (await cookies()).get(VISITOR_COOKIE)?.value
  return isValidVisitorId(value) ? value : undefined
}

/** Returns the shopper's cart, creating one in the store region (and setting the cookie) when needed. Server actions only. */
export async function getOrCreateCart(locale: StorefrontLocale): Promise<HttpTypes.StoreCart> {
  const existing = await retrieveCart(locale)
  const token = await getAuthToken()
  if (existing) {
    if ((existing as { locale?: string | null }).locale !== toMedusaLocale(locale)) {
      const { cart } = await sdk().store.cart.update(
        existing.id,
        { locale: toMedusaLocale(locale) },
        { fields: CART_FIELDS },
        storeHeaders(locale, token)
      )
      return cart
    }
    return existing
  }
  const [region, visitorId] = await Promise.all([getRegion(), getVisitorId()])
  const { cart } = await sdk().store.cart.create(
    {
      region_id: region.id,
      locale: toMedusaLocale(locale),
      shipping_address: { country_code: "cn" },
      // The backend credits the cart (and later its order) to the campaign this visitor arrived through.
      ...(visitorId ? { metadata: { visitor_id: visitorId } } : {}),
    },
    { fields: CART_FIELDS },
    storeHeaders(locale, token)
  )
  await setCartId(cart.id)
  return cart
}

/** Only what the add path reads back: the response of a cart route costs what its fields ask for. */
const ADDED_FIELDS = "id,locale"

/**
 * Adds a line to the shopper's cart. With a cart cookie the line goes straight to that cart (one
 * backend call, no read of the whole cart first); should the backend refuse (the cart was
 * completed or is gone, or the stock is short), the full path decides: it reads the cart, starts a
 * new one when needed and adds again, so a shortage is still reported as one. Server actions only.
 */
export async function addToCart(locale: StorefrontLocale, line: { variant_id: string; quantity: number }): Promise<void> {
  const id = await getCartId()
  const headers = storeHeaders(locale, await getAuthToken())
  if (id) {
    try {
      const { cart } = await sdk().store.cart.createLineItem(id, line, { fields: ADDED_FIELDS }, headers)
      if ((cart as { locale?: string | null }).locale !== toMedusaLocale(locale)) {
        await sdk().store.cart.update(id, { locale: toMedusaLocale(locale) }, { fields: "id" }, headers)
      }
      return
    } catch (error) {
      if (!isClientError(error)) throw error
    }
  }
  const cart = await getOrCreateCart(locale)
  await sdk().store.cart.createLineItem(cart.id, line, { fields: "id" }, headers)
}
