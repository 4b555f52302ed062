import type { PaymentIntentOptions } from "@medusajs/payment-stripe/dist/types"
import SelenoStripeBase from "./seleno-stripe-base"
import { STRIPE_IDENTIFIERS, type SelenoStripeOptions } from "./settings"

/**
 * Cards, as Medusa's own StripeProviderService (same identifier, so the same provider id
 * `pp_stripe_stripe` and webhook route), with our test host and amount check. Capture is manual
 * unless the `capture` option is set: staff capture from the admin when the order ships.
 */
export default class StripeCardProvider extends SelenoStripeBase {
  static override identifier = STRIPE_IDENTIFIERS.card

  constructor(cradle: Record<string, unknown>, options: SelenoStripeOptions) {
    super(cradle, options)
  }

  get paymentIntentOptions(): PaymentIntentOptions {
    return {}
  }
}
