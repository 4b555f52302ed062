/** Payment methods the checkout offers, each backed by one Medusa payment provider. */
export const PAYMENT_METHODS = [
  { id: "wechat", providerId: "pp_stripe-wechat-pay_stripe", stripe: true },
  { id: "alipay", providerId: "pp_stripe-alipay_stripe", stripe: true },
  { id: "card", providerId: "pp_stripe_stripe", stripe: true },
  { id: "system", providerId: "pp_system_default", stripe: false },
] as const

export type PaymentMethodId = (typeof PAYMENT_METHODS)[number]["id"]
export type StripeMethodId = Exclude<PaymentMethodId, "system">

/** The system provider stays the default: it needs nothing from outside and always sells. */
export const DEFAULT_PAYMENT_METHOD: PaymentMethodId = "system"

export function isPaymentMethodId(value: unknown): value is PaymentMethodId {
  return PAYMENT_METHODS.some((m) => m.id === value)
}

export function isStripeMethod(id: PaymentMethodId): id is StripeMethodId {
  return PAYMENT_METHODS.find((m) => m.id === id)?.stripe ?? false
}

export function providerIdOf(id: PaymentMethodId): string {
  return PAYMENT_METHODS.find((m) => m.id === id)!.providerId
}

/**
 * The methods to show, in display order: those whose provider the region offers; Stripe's only
 * when the storefront has a publishable key for Stripe.js.
 */
export function offeredPaymentMethods(providerIds: readonly string[], stripeEnabled: boolean): PaymentMethodId[] {
  return PAYMENT_METHODS.filter((m) => providerIds.includes(m.providerId) && (stripeEnabled || !m.stripe)).map((m) => m.id)
}

/** The page Stripe sends the shopper back to (it appends payment_intent and redirect_status). */
export function checkoutReturnPath(locale: string, cartId: string): string {
  return `/${locale}/checkout/return?cart_id=${encodeURIComponent(cartId)}`
}

export const CART_ID_PATTERN = /^cart_[0-9A-Za-z]{1,64}$/
