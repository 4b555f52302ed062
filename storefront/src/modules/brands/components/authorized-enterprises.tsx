import type { StorefrontLocale } from "@seleno/domain"
import { format, formatDate, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import type { BrandDetail } from "@/lib/data/brands"
import { listCategories } from "@/lib/data/categories"
import { AuthorizationItem } from "./authorization-item"
import { countyNames } from "./brand-labels"

/** Who may sell under a brand right now: the answer to "is this 紫阳富硒茶 sticker genuine?". */
export async function AuthorizedEnterprises({ brand, locale }: { brand: BrandDetail; locale: StorefrontLocale }) {
  const tb = getMessages(locale).brands
  const categoryName = new Map((await listCategories(locale)).map((c) => [c.handle, c.name]))
  const separator = locale === "en" ? ", " : "、"
  return (
    <section aria-labelledby="brand-enterprises">
      <h2 id="brand-enterprises" className="text-xl font-bold text-stone-900">
        {tb.authorizedEnterprises}
      </h2>
      {brand.authorized_enterprises.length ? (
        <>
          <p className="mt-1 text-sm text-stone-700">{tb.authorizedEnterprisesIntro}</p>
          <ul className="mt-3 space-y-2">
            {brand.authorized_enterprises.map((e) => (
              <AuthorizationItem
                key={e.handle}
                href={localePath(locale, `/enterprises/${e.handle}`)}
                name={e.name}
                place={countyNames([e.county], locale)[0]}
                categories={
                  e.category_handles.length
                    ? `${tb.authorizedCategories}: ${e.category_handles.map((h) => categoryName.get(h) ?? h).join(separator)}`
                    : null
                }
                validUntil={format(tb.authorizedUntil, { date: formatDate(e.valid_until, locale) })}
              />
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2 text-stone-700">{tb.noAuthorizedEnterprises}</p>
      )}
    </section>
  )
}
