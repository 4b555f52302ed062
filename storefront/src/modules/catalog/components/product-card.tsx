import type { HttpTypes } from "@medusajs/types"
import { formatPrice, seleniumFacts, type StorefrontLocale } from "@seleno/domain"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { lowestPrice } from "@/lib/data/products"
import { getCertifications } from "@/lib/data/trace"
import { stockState } from "@/lib/stock"
import { ProductTile, type ProductTileFacts } from "./product-tile"

export function ProductCard({
  product,
  locale,
  headingLevel = 3,
  certified = false,
}: {
  product: HttpTypes.StoreProduct
  locale: StorefrontLocale
  headingLevel?: 2 | 3
  certified?: boolean
}) {
  const t = getMessages(locale).product
  const price = lowestPrice(product)
  const variants = product.variants ?? []
  const priceText =
    price === null ? null : variants.length > 1 ? format(t.fromPrice, { price: formatPrice(price, locale) }) : formatPrice(price, locale)
  const facts: ProductTileFacts = {
    href: localePath(locale, `/products/${product.handle}`),
    title: product.title,
    imageAlt: product.title,
    thumbnail: product.thumbnail,
    certified,
    seleniumMgPerKg: seleniumFacts(product.metadata)?.mgPerKg ?? null,
    priceText,
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
  const certified = await certifiedIds(locale, products)
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((p) => (
        <li key={p.id} className="flex">
          <div className="w-full">
            <ProductCard product={p} locale={locale} headingLevel={headingLevel} certified={certified.has(p.id)} />
          </div>
        </li>
      ))}
    </ul>
  )
}
