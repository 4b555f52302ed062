import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { TOTALS_FIELDS, type InvoiceRequest, type StorefrontLocale } from "@seleno/domain"
import { getAuthToken } from "./cookies"
import { isClientError, sdk, storeHeaders } from "./medusa"

// The order's own fields plus every field the totals view reads (Medusa's computed totals).
const ORDER_FIELDS = [
  "id,display_id,email,customer_id,status,created_at,currency_code,total,subtotal,item_total,item_subtotal,shipping_total,tax_total,discount_total,*items,*shipping_address,*shipping_methods",
  ...TOTALS_FIELDS,
].join(",")

export async function retrieveOrder(locale: StorefrontLocale, id: string): Promise<HttpTypes.StoreOrder | undefined> {
  const token = await getAuthToken()
  try {
    const { order } = await sdk().store.order.retrieve(id, { fields: ORDER_FIELDS }, storeHeaders(locale, token))
    return order
  } catch (error) {
    if (isClientError(error)) return undefined
    throw error
  }
}

/** The order's 发票 request; Medusa's store order route does not return order metadata. */
export async function retrieveInvoiceRequest(id: string): Promise<InvoiceRequest | null> {
  try {
    const { invoice } = await sdk().client.fetch<{ invoice: InvoiceRequest | null }>(`/store/orders/${encodeURIComponent(id)}/invoice`)
    return invoice
  } catch (error) {
    if (isClientError(error)) return null
    throw error
  }
}
