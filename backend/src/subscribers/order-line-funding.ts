import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { snapshotOrderFunding } from "../lib/discount-funding"

/** Records, as the order is placed, what each line was charged and who funds its discounts (settlement reads it). */
export default async function orderLineFundingHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await snapshotOrderFunding(container, event.data.id)
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "order-line-funding" } }
