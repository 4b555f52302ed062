import type { StorefrontLocale } from "@seleno/domain"
import { localePath } from "@/i18n/paths"
import type { SearchHit } from "@/lib/data/search"
import type { CampaignOffer } from "@/lib/offers"
import { shownSeleniumContent } from "@/lib/selenium-claims"
import { ProductTile } from "@/modules/catalog/components/product-tile"
import { listedPriceDisplay } from "@/modules/product/price-display"
import { Highlighted } from "./highlighted"

/** A search result: the product tile with the matched words of its title marked. */
export function SearchHitCard({
  hit,
  query,
  locale,
  offers,
}: {
  hit: SearchHit
  query: string
  locale: StorefrontLocale
  offers?: readonly CampaignOffer[]
}) {
  const price = listedPriceDisplay(hit, offers, locale)
  const facts = {
    href: localePath(locale, `/products/${hit.handle}`),
    title: <Highlighted text={hit.title} query={query} />,
    imageAlt: "",
    thumbnail: hit.thumbnail,
    brandName: hit.brand_name,
    certified: hit.certified,
    seleniumMgPerKg: shownSeleniumContent(hit.selenium_mg_per_kg, hit.certified),
    priceText: price?.now ?? null,
    price,
    soldOut: !hit.in_stock,
  }
  return <ProductTile facts={facts} locale={locale} headingLevel={2} />
}
