import type { Logger } from "@medusajs/framework/types"
import { logger as defaultLogger } from "@medusajs/framework/logger"
import { REVALIDATE_ROUTE, revalidationRequest, type StorefrontCacheTag } from "@seleno/domain"

export interface NotifyOptions {
  /** Defaults to process.env. */
  env?: NodeJS.ProcessEnv
  logger?: Pick<Logger, "info" | "warn">
  timeoutMs?: number
  now?: number
}

export interface NotifyResult {
  url: string
  ok: boolean
  /** HTTP status, or null when no answer came (refused, timed out). */
  status: number | null
  error?: string
}

const DEFAULT_TIMEOUT_MS = 3000
let toldOff = false

/** The storefront base URLs to tell: STOREFRONT_REVALIDATE_URLS (comma separated), else STOREFRONT_URL, else the local one. */
export function storefrontRevalidateUrls(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = (env.STOREFRONT_REVALIDATE_URLS ?? "").split(",").map((u) => u.trim().replace(/\/+$/, "")).filter(Boolean)
  if (listed.length) return [...new Set(listed)]
  return [(env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")]
}

/**
 * Tells every storefront instance that pages reading `tags` are stale, with a signed POST to its
 * revalidate route. Never throws: a storefront that is down must not fail the workflow or subscriber
 * that changed the data (its pages expire on their own after STOREFRONT_CACHE_MAX_SECONDS). Without
 * STOREFRONT_REVALIDATE_SECRET it does nothing.
 */
export async function notifyStorefronts(tags: readonly StorefrontCacheTag[], options: NotifyOptions = {}): Promise<NotifyResult[]> {
  const env = options.env ?? process.env
  const logger = options.logger ?? defaultLogger
  const secret = env.STOREFRONT_REVALIDATE_SECRET
  if (!secret) {
    if (!toldOff) logger.info("Storefront cache invalidation is off: STOREFRONT_REVALIDATE_SECRET is not set")
    toldOff = true
    return []
  }
  if (!tags.length) return []
  try {
    const { body, headers } = await revalidationRequest(secret, tags, options.now)
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    return await Promise.all(
      storefrontRevalidateUrls(env).map(async (url): Promise<NotifyResult> => {
        try {
          const response = await fetch(`${url}${REVALIDATE_ROUTE}`, { method: "POST", headers, body, signal: AbortSignal.timeout(timeoutMs) })
          await response.body?.cancel().catch(() => undefined)
          if (!response.ok) logger.warn(`Storefront cache invalidation of [${tags.join(", ")}] at ${url} answered ${response.status}`)
          return { url, ok: response.ok, status: response.status }
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          logger.warn(`Storefront cache invalidation of [${tags.join(", ")}] at ${url} failed: ${message}`)
          return { url, ok: false, status: null, error: message }
        }
      })
    )
  } catch (error) {
    logger.warn(`Storefront cache invalidation of [${tags.join(", ")}] failed: ${error instanceof Error ? error.message : String(error)}`)
    return []
  }
}
