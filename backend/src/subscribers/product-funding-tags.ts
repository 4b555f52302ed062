import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PRODUCT_CLAIMS_CHANGED } from "../lib/events"
import { syncFundingTags } from "../lib/funding/brand-tags"

/**
 * Keeps a product's brand and consent tags in step with its brand (and the brand's parents) and its
 * enterprise's consent, so brand-targeted promotions reach products added to a brand later. Module
 * links emit no event; every workflow that links a product to a brand emits product.claims_changed.
 */
export default async function productFundingTagsHandler({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const ids = Array.isArray(event.data.id) ? event.data.id : [event.data.id]
  if (ids.length) await syncFundingTags(container, ids)
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated", PRODUCT_CLAIMS_CHANGED] }
