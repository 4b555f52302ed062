import "server-only"
import type { CartParcelView, StorefrontLocale } from "@seleno/domain"
import { getAuthToken } from "./cookies"
import { sdk, storeHeaders } from "./medusa"

/**
 * The cart's parcels: what each enterprise sends at each temperature, with the options the cart's
 * address can use (fee, delivery estimate) and the option chosen so far (GET /store/carts/:id/parcels).
 */
export async function listCartParcels(locale: StorefrontLocale, cartId: string): Promise<CartParcelView[]> {
  const token = await getAuthToken()
  const { parcels } = await sdk().client.fetch<{ parcels: CartParcelView[] }>(`/store/carts/${encodeURIComponent(cartId)}/parcels`, {
    headers: storeHeaders(locale, token),
  })
  return parcels
}
