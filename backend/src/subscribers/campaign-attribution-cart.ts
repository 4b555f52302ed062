import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { creditCartAttributionWorkflow } from "../workflows/marketing/attribution-credit-cart"

// cart.updated too: the storefront may set metadata.visitor_id after the cart was made; a cart
// already credited keeps its campaign, so repeated updates add nothing.
export default async function campaignAttributionCart({ event, container }: SubscriberArgs<{ id: string }>) {
  await creditCartAttributionWorkflow(container).run({ input: { cart_id: event.data.id } })
}

export const config: SubscriberConfig = { event: ["cart.created", "cart.updated"] }
