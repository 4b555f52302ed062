import type { HttpTypes } from "@medusajs/types"
import type { SeleniumFacts, StorefrontLocale } from "@seleno/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { AddToCartForm, type VariantChoice } from "@/modules/product/components/add-to-cart-form"
import { SeleniumFactsPanel } from "@/modules/product/components/selenium-facts"
import { ReportForm } from "@/modules/report-case/components/report-form"
import { priceDisplay } from "@/modules/product/price-display"
import { CertificationPanel } from "@/modules/trace/components/certification"
import { format, getMessages, resolveLocale, type Messages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { listCampaignOffers } from "@/lib/data/offers"
import { getProductByHandle, lowestPrice } from "@/lib/data/products"
import { getCertification, listBatches } from "@/lib/data/trace"
import { pickVariantPrice, type CampaignOffer } from "@/lib/offers"
import { productOrigin } from "@/lib/product-origin"
import { shownSeleniumFacts } from "@/lib/selenium-claims"
import { detailPageMetadata, siteUrl } from "@/lib/site"
import { maxOrderable, stockState } from "@/lib/stock"

// Rendered on the first visit and cached (see the locale layout); unknown handles answer 404.
export function generateStaticParams(): { handle: string }[] {
  return []
}

function plainText(text: string | null | undefined, max = 160): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

function imageOf(product: HttpTypes.StoreProduct): string | undefined {
  return product.images?.[0]?.url || product.thumbnail || undefined
}

export async function generateMetadata({ params }: PageProps<"/[locale]/products/[handle]">): Promise<Metadata> {
  const { locale: raw, handle } = await params
  const locale = resolveLocale(raw)
  const product = await getProductByHandle(locale, handle)
  if (!product) return { title: getMessages(locale).common.notFoundTitle }
  const description = plainText(product.description) || getMessages(locale).site.description
  const image = imageOf(product)
  return detailPageMetadata(locale, `/products/${product.handle}`, { title: product.title, description, image })
}

function variantChoices(
  product: HttpTypes.StoreProduct,
  locale: StorefrontLocale,
  t: Messages["product"],
  offers: ReadonlyMap<string, readonly CampaignOffer[]>
): VariantChoice[] {
  const price = (v: HttpTypes.StoreProductVariant) => v.calculated_price?.calculated_amount ?? Number.POSITIVE_INFINITY
  return [...(product.variants ?? [])].sort((a, b) => price(a) - price(b)).map((v) => {
    const state = stockState(v)
    const pick = pickVariantPrice(v.calculated_price, offers.get(v.id) ?? [])
    return {
      id: v.id,
      title: v.title ?? product.title,
      price: pick ? priceDisplay(pick, locale) : null,
      soldOut: state === "sold_out",
      stockText:
        state === "sold_out" ? t.soldOut : state === "low_stock" ? format(t.lowStock, { count: v.inventory_quantity ?? 0 }) : t.inStock,
      max: maxOrderable(v),
    }
  })
}

function productJsonLd(product: HttpTypes.StoreProduct, locale: StorefrontLocale, facts: SeleniumFacts | null) {
  const url = `${siteUrl()}${localePath(locale, `/products/${product.handle}`)}`
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: plainText(product.description, 5000),
    image: imageOf(product),
    sku: product.variants?.[0]?.sku ?? undefined,
    url,
    ...(facts
      ? { additionalProperty: [{ "@type": "PropertyValue", name: "selenium", value: facts.mgPerKg, unitText: "mg/kg" }] }
      : {}),
    offers: (product.variants ?? [])
      .filter((v) => typeof v.calculated_price?.calculated_amount === "number")
      .map((v) => ({
        "@type": "Offer",
        name: v.title,
        sku: v.sku ?? undefined,
        price: (v.calculated_price?.calculated_amount ?? 0).toFixed(2),
        priceCurrency: "CNY",
        availability: stockState(v) === "sold_out" ? "https://schema.org/OutOfStock" : "https://schema.org/InStock",
        url,
      })),
  }
}

export default async function ProductPage({ params }: PageProps<"/[locale]/products/[handle]">) {
  const { locale: raw, handle } = await params
  const locale = resolveLocale(raw)
  const product = await getProductByHandle(locale, handle)
  if (!product) notFound()
  const t = getMessages(locale)
  const image = imageOf(product)
  const { origin, brand, brandHandle } = productOrigin(product.metadata, locale)
  const category = product.categories?.[0]
  const paragraphs = (product.description ?? "").split(/\n+/).filter((p) => p.trim())
  const min = lowestPrice(product)
  const [certification, batches, offers] = await Promise.all([
    getCertification(locale, product.id),
    listBatches(locale, product.id),
    listCampaignOffers(locale, [product.id]),
  ])
  // The claim rule: the selenium panel, its figures and the JSON-LD property only while certified.
  const certified = certification?.certified === true
  const facts = shownSeleniumFacts(product.metadata, certified)
  const jsonLd = JSON.stringify(productJsonLd(product, locale, facts)).replace(/</g, "\\u003c")
  const latest = batches[0]
  const traceHref = latest
    ? `/01/${encodeURIComponent(latest.gtin)}/10/${encodeURIComponent(latest.lot)}?lang=${locale}`
    : null
  return (
    <article className="grid gap-8 md:grid-cols-2">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <div>
        {image ? (
          <img src={image} alt={product.title} width={600} height={450} className="aspect-[4/3] w-full rounded-lg bg-brand-50 object-cover" />
        ) : (
          <div className="aspect-[4/3] w-full rounded-lg bg-brand-50" aria-hidden="true" />
        )}
      </div>
      <div className="space-y-5">
        {category ? (
          <p className="text-sm">
            <Link href={localePath(locale, `/categories/${category.handle}`)} className="link">
              {category.name}
            </Link>
          </p>
        ) : null}
        <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">{product.title}</h1>
        {product.subtitle ? <p className="text-stone-700">{product.subtitle}</p> : null}
        {origin || brand ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {origin ? (
              <>
                <dt className="text-stone-700">{t.product.origin}</dt>
                <dd>{origin}</dd>
              </>
            ) : null}
            {brand ? (
              <>
                <dt className="text-stone-700">{t.product.brand}</dt>
                <dd>
                  {brandHandle ? (
                    <Link href={localePath(locale, `/brands/${brandHandle}`)} className="link">
                      {brand}
                    </Link>
                  ) : (
                    brand
                  )}
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
        {min === null && !product.variants?.length ? null : (
          <AddToCartForm
            locale={locale}
            variants={variantChoices(product, locale, t.product, offers)}
            cartHref={localePath(locale, "/cart")}
            labels={{
              variant: t.product.variant,
              price: t.product.price,
              stockLabel: t.product.stockLabel,
              quantity: t.product.quantity,
              addToCart: t.product.addToCart,
              adding: t.product.adding,
              soldOut: t.product.soldOut,
              viewCart: t.product.viewCart,
            }}
          />
        )}
        <CertificationPanel certification={certification} locale={locale} traceHref={traceHref} />
        {certified ? <SeleniumFactsPanel facts={facts} t={t.product} /> : null}
        {paragraphs.length ? (
          <section aria-labelledby="description-title">
            <h2 id="description-title" className="font-semibold text-stone-900">
              {t.product.description}
            </h2>
            <div className="mt-2 space-y-2 text-stone-800">
              {paragraphs.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          </section>
        ) : null}
        <ReportForm locale={locale} subject={{ product_id: product.id }} messages={t.reports} />
      </div>
    </article>
  )
}
