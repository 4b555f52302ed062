import type { StorefrontLocale } from "@seleno/domain"
import { Suspense } from "react"
import { getMessages } from "@/i18n"
import { localePath, otherLocale } from "@/i18n/paths"
import { LanguageSwitchAnchor, LanguageSwitchLink } from "./language-switch-link"

/**
 * Same path and query, other locale segment. The header is cached with the page, so the server
 * does not know the query: without JavaScript the link leads to the other locale's home page.
 */
export function LanguageSwitch({ locale }: { locale: StorefrontLocale }) {
  const currentPath = localePath(locale)
  const t = getMessages(locale).header
  const link = { target: otherLocale(locale), label: t.switchToLabel, text: t.switchTo }
  return (
    <Suspense fallback={<LanguageSwitchAnchor path={currentPath} {...link} />}>
      <LanguageSwitchLink renderedPath={currentPath} {...link} />
    </Suspense>
  )
}
