import { DEFAULT_LOCALE, STOREFRONT_LOCALES } from "@seleno/domain"
import type { Metadata } from "next"
import { localePath } from "@/i18n/paths"

/** Public origin of the storefront, read at request time. */
export function siteUrl(): string {
  return (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
}

/** Canonical URL and hreflang alternates (zh-CN, en, x-default) for an app path such as "/store". */
export function alternatesFor(locale: (typeof STOREFRONT_LOCALES)[number], path: string): Metadata["alternates"] {
  const languages: Record<string, string> = {}
  for (const l of STOREFRONT_LOCALES) languages[l] = localePath(l, path)
  languages["x-default"] = localePath(DEFAULT_LOCALE, path)
  return { canonical: localePath(locale, path), languages }
}

/** Metadata of a page about one thing (product, brand, enterprise): title, canonical, hreflang and Open Graph. */
export function detailPageMetadata(
  locale: (typeof STOREFRONT_LOCALES)[number],
  path: string,
  page: { title: string; description: string; image?: string | null }
): Metadata {
  return {
    title: page.title,
    description: page.description,
    alternates: alternatesFor(locale, path),
    openGraph: {
      type: "website",
      title: page.title,
      description: page.description,
      url: localePath(locale, path),
      ...(page.image ? { images: [{ url: page.image, alt: page.title }] } : {}),
    },
  }
}
