import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { StorefrontLocale } from "@seleno/domain"
import { cache } from "react"
import { getAuthToken } from "./cookies"
import { errorStatus, sdk, storeHeaders } from "./medusa"

/** The logged-in customer (with addresses), or undefined for guests and expired tokens. */
export const retrieveCustomer = cache(async (locale: StorefrontLocale): Promise<HttpTypes.StoreCustomer | undefined> => {
  const token = await getAuthToken()
  if (!token) return undefined
  try {
    const { customer } = await sdk().store.customer.retrieve({ fields: "*addresses" }, storeHeaders(locale, token))
    return customer
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 403 || status === 404) return undefined
    throw error
  }
})

export async function listCustomerOrders(locale: StorefrontLocale): Promise<HttpTypes.StoreOrder[]> {
  const token = await getAuthToken()
  if (!token) return []
  const { orders } = await sdk().store.order.list(
    { fields: "id,display_id,status,created_at,total,currency_code,fulfillment_status,payment_status", order: "-created_at", limit: 50 },
    storeHeaders(locale, token)
  )
  return orders
}
