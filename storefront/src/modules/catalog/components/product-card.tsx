import type { HttpTypes } from "@medusajs/types"
import { formatPrice, seleniumFacts, type StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { lowestPrice } from "@/lib/data/products"
import { getCertifications } from "@/lib/data/trace"
import { CertifiedMark } from "@/modules/trace/components/certification"
import { stockState } from "@/lib/stock"

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
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const t = getMessages(locale).product
  const price = lowestPrice(product)
  const variants = product.variants ?? []
  const soldOut = variants.length > 0 && variants.every((v) => stockState(v) === "sold_out")
  const facts = seleniumFacts(product.metadata)
  const priceText =
    price === null ? null : variants.length > 1 ? format(t.fromPrice, { price: formatPrice(price, locale) }) : formatPrice(price, locale)
  return (
    <article className="relative flex flex-col overflow-hidden rounded-lg border border-stone-200 bg-white focus-within:ring-2 focus-within:ring-blue-700">
      {product.thumbnail ? (
        <img src={product.thumbnail} alt={product.title} width={400} height={300} loading="lazy" className="aspect-[4/3] w-full bg-brand-50 object-cover" />
      ) : (
        <div className="aspect-[4/3] w-full bg-brand-50" aria-hidden="true" />
      )}
      <div className="flex flex-1 flex-col gap-1 p-3">
        <Heading className="font-semibold text-stone-900">
          <Link href={localePath(locale, `/products/${product.handle}`)} className="after:absolute after:inset-0 hover:underline focus:outline-none">
            {product.title}
          </Link>
        </Heading>
        {certified ? (
          <p>
            <CertifiedMark locale={locale} />
          </p>
        ) : null}
        {facts ? (
          <p className="text-sm text-stone-600">
            {t.seleniumContent} {format(t.seleniumContentValue, { value: facts.mgPerKg })}
          </p>
        ) : null}
        <p className="mt-auto flex items-center justify-between pt-2">
          {priceText ? <span className="font-semibold text-earth-700">{priceText}</span> : <span />}
          {soldOut ? <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-800">{t.soldOut}</span> : null}
        </p>
      </div>
    </article>
  )
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
