import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { smsConfigured } from "../lib/sms"
import { sendOrderShippedWorkflow } from "../workflows/notifications/send-order-shipped"

export default async function orderShippedHandler({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) return
  await sendOrderShippedWorkflow(container).run({ input: { fulfillment_id: event.data.id, sms: smsConfigured() } })
}

export const config: SubscriberConfig = { event: "shipment.created" }
