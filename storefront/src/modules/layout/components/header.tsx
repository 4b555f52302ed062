import type { StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { listCategories } from "@/lib/data/categories"
import { HeaderSearchBox, SearchBox } from "@/modules/search/components/search-box"
import { Suspense } from "react"
import { CartCount } from "./cart-count"
import { LanguageSwitch } from "./language-switch"

async function safely<T>(load: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await load()
  } catch {
    return fallback
  }
}

export async function Header({ locale }: { locale: StorefrontLocale }) {
  const t = getMessages(locale)
  // Cached with every page that shows it: nothing personal or request-bound is read here.
  const categories = await safely(() => listCategories(locale), [])
  const s = t.search
  const searchLabels = {
    box: s.boxLabel,
    placeholder: s.placeholder,
    submit: s.submit,
    suggestions: s.suggestionsLabel,
    groups: { products: s.groupProducts, brands: s.groupBrands, counties: s.groupCounties },
    count: s.suggestionCount,
  }
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href={localePath(locale)} className="text-lg font-bold text-brand-800">
          {t.site.logo}
        </Link>
        <nav aria-label={t.header.navLabel} className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <li>
              <Link href={localePath(locale, "/store")} className="inline-block py-2 font-medium text-stone-800 hover:text-brand-700">
                {t.header.store}
              </Link>
            </li>
            <li>
              <Link href={localePath(locale, "/brands")} className="inline-block py-2 font-medium text-stone-800 hover:text-brand-700">
                {t.header.brands}
              </Link>
            </li>
            <li>
              <Link href={localePath(locale, "/campaigns")} className="inline-block py-2 font-medium text-stone-800 hover:text-brand-700">
                {t.header.campaigns}
              </Link>
            </li>
            <li className="relative">
              <details className="group">
                <summary className="cursor-pointer list-none py-2 font-medium text-stone-800 hover:text-brand-700">
                  {t.header.categories}
                  <span aria-hidden="true"> ▾</span>
                </summary>
                <ul className="absolute left-0 z-20 mt-1 min-w-44 rounded-md border border-stone-200 bg-white py-1 shadow-lg">
                  {categories.map((c) => (
                    <li key={c.id}>
                      <Link href={localePath(locale, `/categories/${c.handle}`)} className="block px-4 py-2 hover:bg-brand-50">
                        {c.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          </ul>
        </nav>
        <div className="order-4 w-full sm:order-none sm:w-auto">
          <Suspense fallback={<SearchBox locale={locale} labels={searchLabels} />}>
            <HeaderSearchBox locale={locale} labels={searchLabels} />
          </Suspense>
        </div>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <LanguageSwitch locale={locale} />
          <Link href={localePath(locale, "/account")} className="inline-block py-2 font-medium text-stone-800 hover:text-brand-700">
            {t.header.account}
          </Link>
          <Link
            href={localePath(locale, "/cart")}
            className="inline-flex items-center gap-1 rounded-md border border-stone-300 px-3 py-2 font-medium text-stone-800 hover:bg-stone-100"
          >
            <span>{t.header.cart}</span>{" "}
            <CartCount locale={locale} />
            <span className="sr-only"> {t.header.cartItems}</span>
          </Link>
        </div>
      </div>
    </header>
  )
}
