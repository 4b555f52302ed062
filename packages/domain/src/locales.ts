/** Storefront URL locales and the Medusa store locales (BCP 47) they map to. */
export const STOREFRONT_LOCALES = ["zh-CN", "en"] as const
export type StorefrontLocale = (typeof STOREFRONT_LOCALES)[number]
export const DEFAULT_LOCALE: StorefrontLocale = "zh-CN"

const MEDUSA_LOCALE: Record<StorefrontLocale, string> = { "zh-CN": "zh-CN", en: "en-US" }

export const MEDUSA_STORE_LOCALES = Object.values(MEDUSA_LOCALE)
export const MEDUSA_DEFAULT_LOCALE = MEDUSA_LOCALE[DEFAULT_LOCALE]

export function isStorefrontLocale(value: string): value is StorefrontLocale {
  return (STOREFRONT_LOCALES as readonly string[]).includes(value)
}

export function toMedusaLocale(locale: StorefrontLocale): string {
  return MEDUSA_LOCALE[locale]
}

/** Picks the best storefront locale from an Accept-Language header (q-values respected). */
export function negotiateLocale(acceptLanguage: string | null | undefined): StorefrontLocale {
  if (!acceptLanguage) return DEFAULT_LOCALE
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";")
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 }
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q)
  for (const { tag } of ranked) {
    if (tag.startsWith("zh")) return "zh-CN"
    if (tag.startsWith("en")) return "en"
  }
  return DEFAULT_LOCALE
}
