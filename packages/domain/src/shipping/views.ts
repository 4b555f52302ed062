import type { TemperatureClass } from "./vocabulary"
import type { DeliveryEstimate } from "./rules"

/** One way to send a parcel, as the checkout offers it (amount in yuan, tax included). */
export interface ParcelOptionView {
  id: string
  name: string
  amount: number
  delivery: DeliveryEstimate | null
}

/**
 * What one enterprise sends at one temperature (one Medusa shipping profile) for a cart: its items,
 * the options the cart's address can use, and the option chosen so far. `GET /store/carts/:id/parcels`.
 */
export interface CartParcelView {
  shipping_profile_id: string
  /** Null for products the platform itself sells (the default profile). */
  enterprise: { id: string; name: string } | null
  temperature_class: TemperatureClass
  items: { id: string; title: string; quantity: number }[]
  options: ParcelOptionView[]
  selected_option_id: string | null
}
