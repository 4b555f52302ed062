import type { StorefrontLocale } from "@seleno/domain"
import { Suspense } from "react"
import { getMessages } from "@/i18n"
import { otherLocale } from "@/i18n/paths"
import { LanguageSwitchAnchor, LanguageSwitchLink } from "./language-switch-link"

/** Same path and query, other locale segment; a plain link the server renders works without JS. */
export function LanguageSwitch({ locale, currentPath }: { locale: StorefrontLocale; currentPath: string }) {
  const t = getMessages(locale).header
  const link = { target: otherLocale(locale), label: t.switchToLabel, text: t.switchTo }
  return (
    <Suspense fallback={<LanguageSwitchAnchor path={currentPath} {...link} />}>
      <LanguageSwitchLink renderedPath={currentPath} {...link} />
    </Suspense>
  )
}
