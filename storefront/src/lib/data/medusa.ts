import "server-only"
import Medusa, { FetchError } from "@medusajs/js-sdk"
import { STOREFRONT_CACHE_MAX_SECONDS, toMedusaLocale, type StorefrontCacheTag, type StorefrontLocale } from "@seleno/domain"

let client: Medusa | undefined
let clientKey = ""

/**
 * The SDK client, created on first use so MEDUSA_BACKEND_URL and MEDUSA_PUBLISHABLE_KEY are read at
 * runtime (never at build time). Tokens are never stored in the shared instance ("nostore"): every
 * customer request passes its own authorization header.
 */
/** The backend's base URL, without a trailing slash. */
export function backendUrl(): string {
  return (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/$/, "")
}

export function sdk(): Medusa {
  const baseUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY || undefined
  const key = `${baseUrl}|${publishableKey ?? ""}`
  if (!client || key !== clientKey) {
    client = new Medusa({ baseUrl, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "nostore" } })
    clientKey = key
  }
  return client
}

/**
 * Fetch options for data shown on cached pages: Next keeps the answer (and every page rendered from
 * it) until the backend reports that one of these tags changed (POST /api/revalidate), and at most
 * STOREFRONT_CACHE_MAX_SECONDS. Never for anything personal: the cache is shared by every visitor.
 */
export function cachedAs(...tags: StorefrontCacheTag[]): { cache: "force-cache"; next: { tags: string[]; revalidate: number } } {
  return { cache: "force-cache", next: { tags, revalidate: STOREFRONT_CACHE_MAX_SECONDS } }
}

/** The publishable key header every /store request made without the SDK needs. */
export function publishableKeyHeader(): Record<string, string> {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  return key ? { "x-publishable-api-key": key } : {}
}

/** Headers for a store request: the Medusa locale, plus the customer's token when there is one. */
export function storeHeaders(locale: StorefrontLocale, token?: string | null): Record<string, string> {
  return {
    "x-medusa-locale": toMedusaLocale(locale),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  }
}

export function errorStatus(error: unknown): number | undefined {
  if (error instanceof FetchError) return error.status
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = (error as { status: unknown }).status
    return typeof status === "number" ? status : undefined
  }
  return undefined
}

export function isNotFoundError(error: unknown): boolean {
  return errorStatus(error) === 404
}

/** True for answers where the backend refused the request itself (4xx), as opposed to being down. */
export function isClientError(error: unknown): boolean {
  const status = errorStatus(error)
  return status !== undefined && status >= 400 && status < 500
}
