import "server-only"
import type { StorefrontLocale } from "@seleno/domain"
import { CART_ID_PATTERN, offeredPaymentMethods, type PaymentMethodId } from "@/lib/checkout/payment-methods"
import { isClientError, sdk, storeHeaders } from "./medusa"

/**
 * Stripe's publishable key for Stripe.js, read at runtime (like MEDUSA_PUBLISHABLE_KEY), so one
 * build serves with and without Stripe. Unset: no Stripe method is shown and Stripe.js never loads.
 */
export function stripePublishableKey(): string | undefined {
  const key = process.env.STRIPE_PUBLISHABLE_KEY?.trim()
  return key && /^pk_(test|live)_\w+$/.test(key) ? key : undefined
}

/** The payment methods the checkout offers for a region. */
export async function listPaymentMethods(locale: StorefrontLocale, regionId: string): Promise<PaymentMethodId[]> {
  try {
    const { payment_providers } = await sdk().store.payment.listPaymentProviders({ region_id: regionId }, storeHeaders(locale))
    return offeredPaymentMethods(
      payment_providers.map((p) => p.id),
      Boolean(stripePublishableKey())
    )
  } catch (error) {
    console.error("payment providers unavailable", error instanceof Error ? error.message : error)
    return ["system"]
  }
}

export type CartOutcome = { kind: "order"; orderId: string } | { kind: "failed" } | { kind: "waiting" } | { kind: "missing" }

/** What became of a cart paid outside the page: an order, a failed payment, or still waiting for Stripe's webhook. */
export async function cartOutcome(cartId: string): Promise<CartOutcome> {
  if (!CART_ID_PATTERN.test(cartId)) return { kind: "missing" }
  try {
    const answer = await sdk().client.fetch<{ order_id: string | null; payment_status: string | null }>(
      `/store/carts/${encodeURIComponent(cartId)}/order`
    )
    if (answer.order_id) return { kind: "order", orderId: answer.order_id }
    if (answer.payment_status === "error" || answer.payment_status === "canceled") return { kind: "failed" }
    return { kind: "waiting" }
  } catch (error) {
    if (isClientError(error)) return { kind: "missing" }
    throw error
  }
}
