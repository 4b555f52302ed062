import { model } from "@medusajs/framework/utils"

/** A Stripe event accepted at the webhook route, kept so a redelivery or replay is not processed twice. */
const StripeWebhookEvent = model.define("stripe_webhook_event", {
  // Stripe's own event id (evt_…): the key that makes a second delivery detectable.
  id: model.text().primaryKey(),
  type: model.text(),
  // The Medusa provider the event was sent to, e.g. stripe-alipay_stripe.
  provider: model.text(),
})

export default StripeWebhookEvent
