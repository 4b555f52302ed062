import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { ICachingModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STOREFRONT_CACHE_MAX_SECONDS, STOREFRONT_CACHE_TAGS } from "@seleno/domain"
import { cachingModule, clearStoreResponses } from "../../lib/storefront-cache-invalidation"
import {
  STORE_RESPONSE_GENERATION_KEY,
  isPersonalRequest,
  isStoreResponseCacheOn,
  storeResponseCacheKey,
  storeResponseCacheTag,
  storeResponseCacheTags,
} from "../../lib/store-response-cache"
import { beforeAnswer } from "./before-answer"

type Entry = { body: string }
const HEADER = "x-seleno-cache"
const generation = async (caching: ICachingModuleService) => JSON.stringify(await caching.get({ key: STORE_RESPONSE_GENERATION_KEY }))

/**
 * Public store GETs (src/lib/store-response-cache.ts) answered from the Caching Module, shared by
 * every server, until one of their storefront tags is invalidated or STOREFRONT_CACHE_MAX_SECONDS
 * pass. Runs after Medusa's publishable-key and locale middlewares (so a bad key is still refused)
 * and before every route middleware (so it keeps the body those middlewares shaped).
 */
export async function storeResponseCache(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const tags = storeResponseCacheTags(req.path)
  if (!tags) return next()
  if (isPersonalRequest(req.headers)) {
    res.setHeader(HEADER, "BYPASS")
    return next()
  }
  const caching = cachingModule(req.scope)
  if (!caching) return next()
  const key = storeResponseCacheKey({ url: req.originalUrl, publishableKey: req.get("x-publishable-api-key"), locale: req.locale })
  let before: string
  try {
    const [hit, gen] = await Promise.all([caching.get({ key }) as Promise<Entry | null>, generation(caching)])
    if (hit?.body !== undefined) {
      res.setHeader(HEADER, "HIT")
      res.type("json").send(hit.body)
      return
    }
    before = gen
  } catch {
    return next()
  }
  res.setHeader(HEADER, "MISS")
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    if (res.statusCode === 200) void keep(caching, key, JSON.stringify(body), tags.map(storeResponseCacheTag), before, req)
    return json(body)
  }
  next()
}

/** Stores the answer unless an invalidation happened since the request began (then it may be stale). */
async function keep(caching: ICachingModuleService, key: string, body: string, tags: string[], before: string, req: MedusaRequest) {
  try {
    if ((await generation(caching)) !== before) return
    await caching.set({ key, data: { body } satisfies Entry, tags, ttl: STOREFRONT_CACHE_MAX_SECONDS })
    // An invalidation between the check and the write: its clearing may have run before the write.
    if ((await generation(caching)) !== before) await caching.clear({ key })
  } catch (error) {
    // Once a minute at most: a full in-memory cache would otherwise log every request.
    if (Date.now() - lastWarning < 60_000) return
    lastWarning = Date.now()
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Store API cache write failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}
let lastWarning = 0

/**
 * Staff and enterprises change what the store shows through /admin and /enterprise: every write
 * there clears the cached store answers before its own answer goes out, so the next store read
 * (a revoked certificate's badge, an ended live price) is exact at once, not a moment later when
 * the event's subscriber runs. Failed writes too: a workflow that failed may have compensated
 * changes it had made. Writes are rare next to reads, so all tags go.
 */
export function clearStoreResponsesOnWrite(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  beforeAnswer(res, () => clearStoreResponses(req.scope, STOREFRONT_CACHE_TAGS, req.scope.resolve(ContainerRegistrationKeys.LOGGER)))
  next()
}

const WRITES = ["POST", "PUT", "PATCH", "DELETE"] as const

export const storeResponseCacheRoutes: MiddlewareRoute[] = isStoreResponseCacheOn()
  ? [
      { matcher: "/store*", methods: ["GET"], middlewares: [storeResponseCache] },
      { matcher: "/admin*", methods: [...WRITES], middlewares: [clearStoreResponsesOnWrite] },
      { matcher: "/enterprise*", methods: [...WRITES], middlewares: [clearStoreResponsesOnWrite] },
    ]
  : []
