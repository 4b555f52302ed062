import type { PaymentIntentOptions } from "@medusajs/payment-stripe/dist/types"
import StripeWalletProvider from "./stripe-wallet"
import { STRIPE_IDENTIFIERS, type SelenoStripeOptions } from "./settings"

/** WeChat Pay through Stripe: `pp_stripe-wechat-pay_stripe`, webhooks at /hooks/payment/stripe-wechat-pay_stripe. */
export default class StripeWechatPayProvider extends StripeWalletProvider {
  static override identifier = STRIPE_IDENTIFIERS.wechatPay
  protected readonly paymentMethodType = "wechat_pay"

  constructor(cradle: Record<string, unknown>, options: SelenoStripeOptions) {
    super(cradle, options)
  }

  // Stripe requires the WeChat Pay client type to confirm; the storefront shows a QR code on the
  // web. A client may still ask for another through the session's payment_method_options.
  override get paymentIntentOptions(): PaymentIntentOptions {
    const options: PaymentIntentOptions & { payment_method_options: { wechat_pay: { client: "web" } } } = {
      ...super.paymentIntentOptions,
      payment_method_options: { wechat_pay: { client: "web" } },
    }
    return options
  }
}
