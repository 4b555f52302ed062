import Stripe from "stripe"
import { STRIPE_IDENTIFIERS, STRIPE_REGISTRATION_ID } from "./settings"

/** Stripe's own default: an event signed more than five minutes ago (or ahead) is refused. */
export const WEBHOOK_TOLERANCE_SECONDS = 300

/** The `:provider` segments of Medusa's /hooks/payment/:provider route that are ours, e.g. `stripe-alipay_stripe`. */
export const STRIPE_WEBHOOK_PROVIDERS: readonly string[] = Object.values(STRIPE_IDENTIFIERS).map((identifier) => `${identifier}_${STRIPE_REGISTRATION_ID}`)

export type VerifiedStripeEvent = Pick<Stripe.Event, "id" | "type">

/**
 * Checks a webhook delivery's Stripe-Signature against the exact bytes received, with the real
 * library. Throws with Stripe's reason (no matching signature, timestamp outside the tolerance).
 */
export function verifyStripeWebhookEvent(rawBody: Buffer | string | undefined, signature: string | string[] | undefined, secret: string): VerifiedStripeEvent {
  if (!rawBody || rawBody.length === 0) throw new Error("the request has no body")
  if (typeof signature !== "string" || !signature) throw new Error("the Stripe-Signature header is missing")
  return Stripe.webhooks.constructEvent(rawBody, signature, secret, WEBHOOK_TOLERANCE_SECONDS)
}
