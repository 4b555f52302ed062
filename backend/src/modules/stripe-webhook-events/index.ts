import { Module } from "@medusajs/framework/utils"
import StripeWebhookEventModuleService from "./service"

export const STRIPE_WEBHOOK_EVENT_MODULE = "stripeWebhookEvent"

/** Verified Stripe webhook events by id, so that each is processed once (see src/api/middlewares/verify-stripe-webhook.ts). */
export default Module(STRIPE_WEBHOOK_EVENT_MODULE, { service: StripeWebhookEventModuleService })
