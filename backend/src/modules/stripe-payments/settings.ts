import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"

/** Options of our Stripe providers: Medusa's, plus the test-only API host. */
export interface SelenoStripeOptions extends StripeOptions {
  /**
   * TEST ONLY. `host:port` or `http://host:port` of a Stripe-compatible test server
   * (integration-tests/stripe-test-server). When set, the providers talk to it instead of
   * api.stripe.com. Never set it in production.
   */
  apiHost?: string
}

/** Provider identifiers (Medusa registers them as `pp_{identifier}_{id}`). */
export const STRIPE_IDENTIFIERS = {
  card: "stripe",
  alipay: "stripe-alipay",
  wechatPay: "stripe-wechat-pay",
} as const

/** The `id` the providers are registered with in medusa-config. */
export const STRIPE_REGISTRATION_ID = "stripe"

/** Payment provider ids as stored on regions and payment sessions, e.g. `pp_stripe-alipay_stripe`. */
export const STRIPE_PROVIDER_IDS = Object.values(STRIPE_IDENTIFIERS).map((identifier) => `pp_${identifier}_${STRIPE_REGISTRATION_ID}`)

/**
 * Stripe is on only when both the API key and the webhook secret are set: without the secret no
 * webhook could be verified, and Alipay/WeChat Pay orders complete only through webhooks.
 */
export function stripeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SelenoStripeOptions | null {
  const apiKey = env.STRIPE_API_KEY
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET
  if (!apiKey || !webhookSecret) return null
  return { apiKey, webhookSecret, ...(env.STRIPE_API_HOST ? { apiHost: env.STRIPE_API_HOST } : {}) }
}
