import type { StorefrontCacheTag } from "@seleno/domain"

type Tags = readonly StorefrontCacheTag[]

/**
 * The public, non-personal store GETs whose 200 answers are kept in the Caching Module, and the
 * storefront cache tags that make them stale (src/lib/storefront-cache-events.ts sends the same
 * tags). These are the routes the storefront reads with `cachedAs(...)`, with its tags; "catalog" is
 * added where the answer carries products or prices the route's own tag does not cover. Never the
 * serial routes under /store/trace/:gtin/:lot/:serial: they count scans.
 */
export const STORE_RESPONSE_CACHE_ROUTES: readonly { path: RegExp; tags: Tags }[] = [
  { path: /^\/store\/products(?:\/[^/]+)?$/, tags: ["catalog"] },
  { path: /^\/store\/product-categories(?:\/[^/]+)?$/, tags: ["categories", "catalog"] },
  { path: /^\/store\/regions(?:\/[^/]+)?$/, tags: ["regions"] },
  { path: /^\/store\/brands$/, tags: ["brands", "catalog"] },
  { path: /^\/store\/brands\/[^/]+$/, tags: ["brands", "catalog", "enterprises"] },
  { path: /^\/store\/enterprises$/, tags: ["enterprises"] },
  { path: /^\/store\/enterprises\/[^/]+$/, tags: ["enterprises", "catalog", "certification", "brands"] },
  { path: /^\/store\/campaigns(?:\/[^/]+)?$/, tags: ["campaigns", "catalog"] },
  { path: /^\/store\/live-sessions(?:\/[^/]+)?$/, tags: ["live-sessions", "catalog"] },
  { path: /^\/store\/campaign-offers$/, tags: ["campaigns", "live-sessions", "catalog"] },
  { path: /^\/store\/product-certifications$/, tags: ["certification"] },
  { path: /^\/store\/certified-products$/, tags: ["certification", "catalog"] },
  { path: /^\/store\/trace$/, tags: ["trace"] },
  { path: /^\/store\/trace\/[^/]+\/[^/]+$/, tags: ["trace", "certification", "catalog"] },
]

/** The tags of a cacheable store path, or null when its answers are never cached. */
export function storeResponseCacheTags(path: string): Tags | null {
  for (const route of STORE_RESPONSE_CACHE_ROUTES) if (route.path.test(path)) return route.tags
  return null
}

/** Requests that may carry a customer (their group's prices, their cart) are answered fresh. */
export function isPersonalRequest(headers: { authorization?: string; cookie?: string }): boolean {
  return Boolean(headers.authorization || headers.cookie)
}

/**
 * What the answer depends on: the URL (path and query, region and fields included), the
 * publishable key (its sales channels) and the locale Medusa resolved (header or `locale` query).
 */
export function storeResponseCacheKey(parts: { url: string; publishableKey: string | undefined; locale: string | undefined }): string {
  return `seleno:store-response:${parts.publishableKey ?? ""}|${parts.locale ?? ""}|${parts.url}`
}

/** A storefront tag in the Caching Module's tag space (which Medusa's own cached queries share). */
export function storeResponseCacheTag(tag: StorefrontCacheTag): string {
  return `seleno:storefront:${tag}`
}

/**
 * Bumped on every invalidation: a response computed while one happened is not kept (it may have
 * read the data from before the change and would otherwise outlive the clearing).
 */
export const STORE_RESPONSE_GENERATION_KEY = "seleno:store-response:generation"

/** STORE_RESPONSE_CACHE=off turns the response cache off (bench:api's "off" run); on by default. */
export function isStoreResponseCacheOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return !["off", "false", "0"].includes((env.STORE_RESPONSE_CACHE ?? "").trim().toLowerCase())
}
