import { findCounty, findRegion, type StorefrontLocale } from "@seleno/domain"

const lang = (locale: StorefrontLocale) => (locale === "en" ? "en" : "zh")

/** A region's name in the page's language ("安康市" / "Ankang"), or its code when unknown. */
export function regionName(code: string, locale: StorefrontLocale): string {
  return findRegion(code)?.name[lang(locale)] ?? code
}

/** County names in the page's language, in the brand's order; unknown codes are shown as they are. */
export function countyNames(codes: readonly string[], locale: StorefrontLocale): string[] {
  return codes.map((code) => findCounty(code)?.county.name[lang(locale)] ?? code)
}
