/**
 * What the storefront's page cache is keyed on. Pages are rendered once and kept until the backend
 * says one of the tags they read has changed (or their lifetime runs out). Tags are coarse on
 * purpose: a catalogue of a few thousand products is re-rendered in seconds, while a missed
 * fine-grained tag would show a shopper a price that is no longer charged.
 */
export const STOREFRONT_CACHE_TAGS = [
  /** Products, variants, prices and stock: every product page and list. */
  "catalog",
  /** Certificates and selenium claims (the 富硒认证 badge). */
  "certification",
  "categories",
  "brands",
  "enterprises",
  "campaigns",
  "live-sessions",
  /** Trace batches and their records. */
  "trace",
  /** Regions and their currency (prices are calculated for one). */
  "regions",
] as const

export type StorefrontCacheTag = (typeof STOREFRONT_CACHE_TAGS)[number]

export function isStorefrontCacheTag(value: unknown): value is StorefrontCacheTag {
  return typeof value === "string" && (STOREFRONT_CACHE_TAGS as readonly string[]).includes(value)
}

/**
 * Upper bound on how long a cached page is kept when no event arrives (seconds). Events make pages
 * fresh within a second; this bound limits the harm of an invalidation lost in transit.
 */
export const STOREFRONT_CACHE_MAX_SECONDS = 300
