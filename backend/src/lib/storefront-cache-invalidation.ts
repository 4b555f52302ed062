import type { ICachingModuleService, Logger } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { StorefrontCacheTag } from "@seleno/domain"
import { STORE_RESPONSE_GENERATION_KEY, storeResponseCacheTag } from "./store-response-cache"
import { notifyStorefronts, type NotifyResult } from "./storefront-revalidation"

type Resolver = { resolve: <T>(key: string, options?: { allowUnregistered?: boolean }) => T }

/** The Caching Module (Redis, or Medusa's in-memory provider without REDIS_URL), if registered. */
export function cachingModule(container: Resolver): ICachingModuleService | undefined {
  return container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true }) ?? undefined
}

/** A fresh generation value: any change of it tells in-flight requests not to keep what they computed. */
export async function bumpStoreResponseGeneration(caching: ICachingModuleService): Promise<void> {
  await caching.set({ key: STORE_RESPONSE_GENERATION_KEY, data: { at: `${Date.now()}:${Math.random()}` }, tags: [], ttl: 24 * 60 * 60 })
}

/** Drops the cached store API answers (src/api/middlewares/store-response-cache.ts) that read `tags`. Never throws. */
export async function clearStoreResponses(container: Resolver, tags: readonly StorefrontCacheTag[], logger?: Pick<Logger, "warn">): Promise<void> {
  if (!tags.length) return
  try {
    const caching = cachingModule(container)
    if (!caching) return
    await bumpStoreResponseGeneration(caching)
    await caching.clear({ tags: tags.map(storeResponseCacheTag) })
  } catch (error) {
    logger?.warn(`Store API cache invalidation of [${tags.join(", ")}] failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * Everything cached for the storefront that `tags` made stale: first the store API answers, then the
 * storefronts' pages (which refetch from the API, so it must already be fresh). Called by the
 * storefront-cache subscriber, the notify-storefronts middleware and the storefront-cache-expiry job.
 */
export async function invalidateStorefrontCaches(
  container: Resolver,
  tags: readonly StorefrontCacheTag[],
  options: { logger: Pick<Logger, "info" | "warn"> }
): Promise<NotifyResult[]> {
  await clearStoreResponses(container, tags, options.logger)
  return notifyStorefronts(tags, { logger: options.logger })
}
