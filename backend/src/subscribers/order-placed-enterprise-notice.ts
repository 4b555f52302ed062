import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { smsConfigured } from "../lib/sms"
import { sendEnterpriseNoticeWorkflow } from "../workflows/notifications/send-enterprise-notice"

/** Each enterprise with goods in a new order hears of its part (owner, operator and packer). */
export default async function orderPlacedEnterpriseNoticeHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendEnterpriseNoticeWorkflow(container).run({
    input: { kind: "order_placed", id: event.data.id, storefront_url: process.env.STOREFRONT_URL || "http://localhost:8000", sms: smsConfigured() },
  })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "order-placed-enterprise-notice" } }
