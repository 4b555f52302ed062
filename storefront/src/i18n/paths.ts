import { STOREFRONT_LOCALES, type StorefrontLocale } from "@seleno/domain"

/** Prefixes an app path ("/store") with a locale ("/en/store"); "/" becomes "/en". */
export function localePath(locale: StorefrontLocale, path = "/"): string {
  const clean = path.startsWith("/") ? path : `/${path}`
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`
}

/**
 * Rewrites the locale segment of a path (with optional query and hash) to `target`, keeping
 * everything else. A path without a locale segment gets `target` prepended.
 */
export function switchLocalePath(pathWithQuery: string, target: StorefrontLocale): string {
  const match = /^([^?#]*)(.*)$/.exec(pathWithQuery || "/")
  const pathname = match?.[1] || "/"
  const rest = match?.[2] ?? ""
  const segments = pathname.split("/")
  const first = segments[1] ?? ""
  if ((STOREFRONT_LOCALES as readonly string[]).includes(first)) {
    segments[1] = target
    return `${segments.join("/")}${rest}`
  }
  return `${localePath(target, pathname)}${rest}`
}

export function otherLocale(locale: StorefrontLocale): StorefrontLocale {
  return locale === "zh-CN" ? "en" : "zh-CN"
}
