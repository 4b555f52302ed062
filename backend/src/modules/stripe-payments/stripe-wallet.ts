import type Stripe from "stripe"
import type { PaymentIntentOptions } from "@medusajs/payment-stripe/dist/types"
import SelenoStripeBase from "./seleno-stripe-base"

/**
 * Alipay and WeChat Pay: one payment method type each, always captured automatically (Stripe
 * supports no manual capture for them). The store API passes the shopper's `data` into the
 * intent parameters, so the method type and capture method are forced after the base has merged
 * that data: a client cannot turn a wallet session into a card or a manual-capture intent.
 */
export default abstract class StripeWalletProvider extends SelenoStripeBase {
  protected abstract readonly paymentMethodType: "alipay" | "wechat_pay"

  get paymentIntentOptions(): PaymentIntentOptions {
    return { payment_method_types: [this.paymentMethodType], capture_method: "automatic" }
  }

  override normalizePaymentIntentParameters(extra?: Record<string, unknown>): Partial<Stripe.PaymentIntentCreateParams> {
    return {
      ...super.normalizePaymentIntentParameters(extra),
      payment_method_types: [this.paymentMethodType],
      capture_method: "automatic",
      automatic_payment_methods: undefined,
      payment_method_configuration: undefined,
    }
  }
}
