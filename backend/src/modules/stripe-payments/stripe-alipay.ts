import StripeWalletProvider from "./stripe-wallet"
import { STRIPE_IDENTIFIERS, type SelenoStripeOptions } from "./settings"

/** Alipay through Stripe: `pp_stripe-alipay_stripe`, webhooks at /hooks/payment/stripe-alipay_stripe. */
export default class StripeAlipayProvider extends StripeWalletProvider {
  static override identifier = STRIPE_IDENTIFIERS.alipay
  protected readonly paymentMethodType = "alipay"

  constructor(cradle: Record<string, unknown>, options: SelenoStripeOptions) {
    super(cradle, options)
  }
}
