import type { HttpTypes } from "@medusajs/types"
import type { StorefrontLocale } from "@seleno/domain"
import { localePath } from "@/i18n/paths"
import { listCampaignOffers } from "@/lib/data/offers"
import { getCertifications } from "@/lib/data/trace"
import { pickProductPrice, type CampaignOffer } from "@/lib/offers"
import { shownSeleniumFacts } from "@/lib/selenium-claims"
import { priceDisplay } from "@/modules/product/price-display"
import { stockState } from "@/lib/stock"
import { ProductTile, type ProductTileFacts } from "./product-tile"

const NO_OFFERS: ReadonlyMap<string, readonly CampaignOffer[]> = new Map()

export function ProductCard({
  product,
  locale,
  headingLevel = 3,
  certified = false,
  offers = NO_OFFERS,
}: {
  product: HttpTypes.StoreProduct
  locale: StorefrontLocale
  headingLevel?: 2 | 3
  certified?: boolean
  /** Running campaigns' automatic discounts by variant id (see listCampaignOffers). */
  offers?: ReadonlyMap<string, readonly CampaignOffer[]>
}) {
  const variants = product.variants ?? []
  const pick = pickProductPrice(variants, offers)
  const price = pick ? priceDisplay(pick, locale, { from: variants.length > 1 }) : null
  const facts: ProductTileFacts = {
    href: localePath(locale, `/products/${product.handle}`),
    title: product.title,
    imageAlt: product.title,
    thumbnail: product.thumbnail,
    certified,
    seleniumMgPerKg: shownSeleniumFacts(product.metadata, certified)?.mgPerKg ?? null,
    priceText: price?.now ?? null,
    price,
    soldOut: variants.length > 0 && variants.every((v) => stockState(v) === "sold_out"),
  }
  return <ProductTile facts={facts} locale={locale} headingLevel={headingLevel} />
}

/** Ids of the certified products among `products`, in one batched request; empty when the lookup fails. */
async function certifiedIds(locale: StorefrontLocale, products: HttpTypes.StoreProduct[]): Promise<Set<string>> {
  if (!products.length) return new Set()
  try {
    const certifications = await getCertifications(
      locale,
      products.map((p) => p.id)
    )
    return new Set([...certifications.values()].filter((c) => c.certified).map((c) => c.product_id))
  } catch {
    // The mark is a nicety: a list still renders without it.
    return new Set()
  }
}

export async function ProductGrid({
  products,
  locale,
  label,
  headingLevel = 3,
}: {
  products: HttpTypes.StoreProduct[]
  locale: StorefrontLocale
  label: string
  headingLevel?: 2 | 3
}) {
  // One batched request each for the whole list, never one per card; both fail soft.
  const [certified, offers] = await Promise.all([
    certifiedIds(locale, products),
    listCampaignOffers(
      locale,
      products.map((p) => p.id)
    ),
  ])
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((p) => (
        <li key={p.id} className="flex">
          <div className="w-full">
            <ProductCard product={p} locale={locale} headingLevel={headingLevel} certified={certified.has(p.id)} offers={offers} />
          </div>
        </li>
      ))}
    </ul>
  )
}
