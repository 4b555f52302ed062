import { isStorefrontLocale, negotiateLocale, type StorefrontLocale } from "@seleno/domain"

/** Header through which the proxy tells server components the request method (HEAD must not count a scan). */
export const METHOD_HEADER = "x-seleno-method"

/** A trace page's language: `?lang=en|zh-CN` when given, else negotiated from Accept-Language. */
export function traceLocale(lang: string | string[] | null | undefined, acceptLanguage: string | null): StorefrontLocale {
  const value = Array.isArray(lang) ? lang[0] : lang
  return value && isStorefrontLocale(value) ? value : negotiateLocale(acceptLanguage)
}

/** The `lang` query parameter of a path with query ("/01/…?lang=en"), or null. */
export function langFromPath(pathWithQuery: string | null): string | null {
  if (!pathWithQuery) return null
  const query = pathWithQuery.split("?")[1]
  return query ? new URLSearchParams(query.split("#")[0]).get("lang") : null
}

/**
 * Header through which the proxy marks prefetches: Next.js strips its own router headers
 * (next-router-prefetch …) before server components can read them, so the proxy, which still
 * sees them, records the fact here.
 */
export const PREFETCH_HEADER = "x-seleno-prefetch"

/** True for Next.js router prefetches and `Purpose: prefetch` / `Sec-Purpose: prefetch` hints. */
export function isPrefetchRequest(headers: Headers): boolean {
  if (headers.has("next-router-prefetch") || headers.has("next-router-segment-prefetch")) return true
  const purpose = `${headers.get("purpose") ?? ""} ${headers.get("sec-purpose") ?? ""} ${headers.get("x-purpose") ?? ""}`
  return /\b(prefetch|prerender)\b/i.test(purpose)
}

/** True when a request is a real page view: not HEAD and not a prefetch (as seen by the proxy or directly). */
export function isPageView(headers: Headers): boolean {
  const method = (headers.get(METHOD_HEADER) ?? "GET").toUpperCase()
  if (method !== "GET" && method !== "POST") return false
  return headers.get(PREFETCH_HEADER) !== "1" && !isPrefetchRequest(headers)
}

/**
 * The shopper behind a request: the address the storefront's own server wrote into X-Forwarded-For
 * (server/forwarded-for.mjs replaces whatever the client sent, so it is one address) and their
 * User-Agent. The last entry is taken should anything have appended to the header since.
 */
export function visitorOf(headers: Headers): { address: string | undefined; userAgent: string } {
  const address = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim()
  return { address: address || undefined, userAgent: headers.get("user-agent") ?? "" }
}
