import { STOREFRONT_LOCALES } from "@seleno/domain"
import { getMessages } from "@/i18n"
import { NotFoundBody, type NotFoundTexts } from "@/modules/layout/components/not-found-body"

/**
 * Rendered inside cached pages too (a product handle that does not exist), so it reads nothing from
 * the request: both locales' texts go to the browser, which picks the one its path names.
 */
export default function LocaleNotFound() {
  const texts = Object.fromEntries(
    STOREFRONT_LOCALES.map((locale) => {
      const t = getMessages(locale).common
      return [locale, { title: t.notFoundTitle, body: t.notFoundBody, backHome: t.backHome, browseStore: t.browseStore }]
    })
  ) as Record<(typeof STOREFRONT_LOCALES)[number], NotFoundTexts>
  return <NotFoundBody texts={texts} />
}
