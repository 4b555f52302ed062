import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { StorefrontLocale } from "@seleno/domain"
import { getAuthToken } from "./cookies"
import { sdk, storeHeaders } from "./medusa"

export async function listShippingOptions(
  locale: StorefrontLocale,
  cartId: string
): Promise<HttpTypes.StoreCartShippingOptionWithServiceZone[]> {
  const token = await getAuthToken()
  const { shipping_options } = await sdk().store.fulfillment.listCartOptions({ cart_id: cartId }, storeHeaders(locale, token))
  return shipping_options
}
