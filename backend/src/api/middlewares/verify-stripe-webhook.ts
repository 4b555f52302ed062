import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stripeOptionsFromEnv } from "../../modules/stripe-payments/settings"
import { STRIPE_WEBHOOK_PROVIDERS, verifyStripeWebhookEvent } from "../../modules/stripe-payments/webhook-signature"
import { STRIPE_WEBHOOK_EVENT_MODULE } from "../../modules/stripe-webhook-events"
import type StripeWebhookEventModuleService from "../../modules/stripe-webhook-events/service"

/**
 * Runs before Medusa's POST /hooks/payment/:provider, which queues any body and answers 200 before
 * the provider checks the signature (seconds later, in a subscriber). For our Stripe providers a
 * delivery must be signed with STRIPE_WEBHOOK_SECRET over the raw body and recent, else 400 and
 * nothing is queued; an event id already accepted is acknowledged (200) and not queued again.
 */
export async function verifyStripeWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const provider = req.params.provider ?? ""
  if (!provider.startsWith("stripe")) return next()
  const options = stripeOptionsFromEnv()
  if (!options || !STRIPE_WEBHOOK_PROVIDERS.includes(provider)) {
    res.status(404).json({ type: "not_found", message: `No Stripe payment provider "${provider}" is configured` })
    return
  }
  let event
  try {
    event = verifyStripeWebhookEvent(req.rawBody as Buffer | undefined, req.headers["stripe-signature"], options.webhookSecret)
  } catch (error) {
    res.status(400).json({ type: "invalid_data", message: `Stripe webhook refused: ${error instanceof Error ? error.message : String(error)}` })
    return
  }
  const events = req.scope.resolve<StripeWebhookEventModuleService>(STRIPE_WEBHOOK_EVENT_MODULE)
  if (!(await events.recordFirstDelivery({ id: event.id, type: event.type, provider }))) {
    res.status(200).json({ received: true, duplicate: true })
    return
  }
  next()
}
