import type { StorefrontLocale } from "@seleno/domain"
import { getMessages } from "@/i18n"
import { otherLocale, switchLocalePath } from "@/i18n/paths"

/** Plain <a> (no client JS): same path and query, other locale segment. */
export function LanguageSwitch({ locale, currentPath }: { locale: StorefrontLocale; currentPath: string }) {
  const t = getMessages(locale).header
  const target = otherLocale(locale)
  return (
    <a
      href={switchLocalePath(currentPath, target)}
      hrefLang={target}
      lang={target}
      aria-label={t.switchToLabel}
      className="inline-block rounded-md px-2 py-2 font-medium text-stone-800 underline-offset-2 hover:underline"
    >
      {t.switchTo}
    </a>
  )
}
