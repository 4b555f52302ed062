import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StorefrontCacheTag } from "@seleno/domain"
import { STOREFRONT_CACHE_EVENT_NAMES, STOREFRONT_CACHE_EVENTS } from "../lib/storefront-cache-events"
import { invalidateStorefrontCaches } from "../lib/storefront-cache-invalidation"

/** One admin save fires several events (a price edit: the variant's, the module's, the prices'): sent as one request. */
const BURST_MS = 100
const pending = new Set<StorefrontCacheTag>()
let timer: NodeJS.Timeout | null = null

/** Drops the store API answers and tells the storefront instances which of their cached pages an event made stale. */
export default async function storefrontCacheHandler({ event, container }: SubscriberArgs<unknown>) {
  const tags = STOREFRONT_CACHE_EVENTS[event.name]
  if (!tags?.length) return
  for (const tag of tags) pending.add(tag)
  if (timer) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  timer = setTimeout(() => {
    const batch = [...pending]
    pending.clear()
    timer = null
    void invalidateStorefrontCaches(container, batch, { logger })
  }, BURST_MS)
}

export const config: SubscriberConfig = { event: STOREFRONT_CACHE_EVENT_NAMES, context: { subscriberId: "storefront-cache" } }
