import { formatPrice, type StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import type { SearchHit } from "@/lib/data/search"
import { CertifiedMark } from "@/modules/trace/components/certification"
import { Highlighted } from "./highlighted"

/** A search result: the product card with the matched words of its title marked. */
export function SearchHitCard({ hit, query, locale }: { hit: SearchHit; query: string; locale: StorefrontLocale }) {
  const t = getMessages(locale).product
  const price =
    hit.price_min === null
      ? null
      : hit.price_max !== null && hit.price_max > hit.price_min
        ? format(t.fromPrice, { price: formatPrice(hit.price_min, locale) })
        : formatPrice(hit.price_min, locale)
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white focus-within:ring-2 focus-within:ring-blue-700">
      {hit.thumbnail ? (
        <img src={hit.thumbnail} alt="" width={400} height={300} loading="lazy" className="aspect-[4/3] w-full bg-brand-50 object-cover" />
      ) : (
        <div className="aspect-[4/3] w-full bg-brand-50" aria-hidden="true" />
      )}
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h2 className="font-semibold text-stone-900">
          <Link href={localePath(locale, `/products/${hit.handle}`)} className="after:absolute after:inset-0 hover:underline focus:outline-none">
            <Highlighted text={hit.title} query={query} />
          </Link>
        </h2>
        {hit.brand_name ? <p className="text-sm text-stone-700">{hit.brand_name}</p> : null}
        {hit.certified ? (
          <p>
            <CertifiedMark locale={locale} />
          </p>
        ) : null}
        {hit.selenium_mg_per_kg !== null ? (
          <p className="text-sm text-stone-600">
            {t.seleniumContent} {format(t.seleniumContentValue, { value: hit.selenium_mg_per_kg })}
          </p>
        ) : null}
        <p className="mt-auto flex items-center justify-between pt-2">
          {price ? <span className="font-semibold text-earth-700">{price}</span> : <span />}
          {!hit.in_stock ? <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-800">{t.soldOut}</span> : null}
        </p>
      </div>
    </article>
  )
}
