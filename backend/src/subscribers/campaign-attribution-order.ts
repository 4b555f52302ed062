import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { creditOrderAttributionWorkflow } from "../workflows/marketing/attribution-credit-order"

export default async function campaignAttributionOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await creditOrderAttributionWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
