import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { smsConfigured } from "../lib/sms"
import { sendPasswordResetWorkflow } from "../workflows/notifications/send-password-reset"

type PasswordResetEvent = { entity_id: string; token: string; actor_type: string; metadata?: Record<string, unknown> }

export default async function passwordResetHandler({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  await sendPasswordResetWorkflow(container).run({
    input: {
      email: event.data.entity_id,
      token: event.data.token,
      actorType: event.data.actor_type,
      locale: event.data.metadata?.locale,
      storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:8000",
      adminUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
      sms: smsConfigured(),
    },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
