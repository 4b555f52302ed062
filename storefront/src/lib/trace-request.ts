import { isStorefrontLocale, negotiateLocale, type StorefrontLocale } from "@seleno/domain"

/** A trace page's language: `?lang=en|zh-CN` when given, else negotiated from Accept-Language. */
export function traceLocale(lang: string | string[] | null | undefined, acceptLanguage: string | null): StorefrontLocale {
  const value = Array.isArray(lang) ? lang[0] : lang
  return value && isStorefrontLocale(value) ? value : negotiateLocale(acceptLanguage)
}

/** True for Next.js router prefetches and `Purpose: prefetch` / `Sec-Purpose: prefetch` hints. */
export function isPrefetchRequest(headers: Headers): boolean {
  if (headers.has("next-router-prefetch") || headers.has("next-router-segment-prefetch")) return true
  const purpose = `${headers.get("purpose") ?? ""} ${headers.get("sec-purpose") ?? ""} ${headers.get("x-purpose") ?? ""}`
  return /\b(prefetch|prerender)\b/i.test(purpose)
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
