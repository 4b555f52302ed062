import type { StorefrontLocale } from "./locales"

/**
 * Medusa v2 stores amounts in major units (128 means ¥128.00), so no division here.
 * zh-CN shows "¥128.00", en shows "CN¥128.00" so foreign buyers do not read it as yen.
 */
export function formatPrice(amount: number, locale: StorefrontLocale, currencyCode = "cny"): string {
  return new Intl.NumberFormat(locale === "zh-CN" ? "zh-CN" : "en-US", {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    currencyDisplay: locale === "zh-CN" ? "narrowSymbol" : "symbol",
  }).format(amount)
}
