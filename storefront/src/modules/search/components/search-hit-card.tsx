import { formatPrice, type StorefrontLocale } from "@seleno/domain"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import type { SearchHit } from "@/lib/data/search"
import { ProductTile } from "@/modules/catalog/components/product-tile"
import { Highlighted } from "./highlighted"

/** A search result: the product tile with the matched words of its title marked. */
export function SearchHitCard({ hit, query, locale }: { hit: SearchHit; query: string; locale: StorefrontLocale }) {
  const t = getMessages(locale).product
  const priceText =
    hit.price_min === null
      ? null
      : hit.price_max !== null && hit.price_max > hit.price_min
        ? format(t.fromPrice, { price: formatPrice(hit.price_min, locale) })
        : formatPrice(hit.price_min, locale)
  const facts = {
    href: localePath(locale, `/products/${hit.handle}`),
    title: <Highlighted text={hit.title} query={query} />,
    imageAlt: "",
    thumbnail: hit.thumbnail,
    brandName: hit.brand_name,
    certified: hit.certified,
    seleniumMgPerKg: hit.selenium_mg_per_kg,
    priceText,
    soldOut: !hit.in_stock,
  }
  return <ProductTile facts={facts} locale={locale} headingLevel={2} />
}
