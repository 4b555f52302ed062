import { BRANDS, findCounty, findRegion, placeCity, type StorefrontLocale } from "@seleno/domain"

/**
 * Localized origin ("安康市 紫阳县"), brand name and brand handle (for /brands/{handle}) from product
 * metadata, when present.
 */
export function productOrigin(
  metadata: Record<string, unknown> | null | undefined,
  locale: StorefrontLocale
): { origin?: string; brand?: string; brandHandle?: string } {
  const lang = locale === "en" ? "en" : "zh"
  const text = (key: string) => (typeof metadata?.[key] === "string" ? (metadata[key] as string) : undefined)
  const regionCode = text("region")
  const countyCode = text("county")
  const region = regionCode ? findRegion(regionCode) : undefined
  const county = countyCode ? findCounty(countyCode) : undefined
  const parts = [
    region?.province[lang] ?? county?.province.name[lang],
    region?.name[lang] ?? (county ? placeCity(county, lang) : regionCode),
    county?.county.name[lang] ?? countyCode,
  ].filter((p, i, all): p is string => Boolean(p) && p !== all[i - 1])
  const brandCode = text("brand")
  const brand = brandCode ? (BRANDS.find((b) => b.handle === brandCode)?.name[lang] ?? brandCode) : undefined
  return { origin: parts.length ? parts.join(lang === "en" ? ", " : " ") : undefined, brand, brandHandle: brandCode }
}
