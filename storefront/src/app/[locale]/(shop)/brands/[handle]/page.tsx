import { findRegion } from "@seleno/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { AuthorizedEnterprises } from "@/modules/brands/components/authorized-enterprises"
import { countyNames, regionName } from "@/modules/brands/components/brand-labels"
import { BrandCampaignBanners } from "@/modules/campaigns/components/campaign-banners"
import { ProductGrid } from "@/modules/catalog/components/product-card"
import { format, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { getBrandByHandle } from "@/lib/data/brands"
import { listProductsByIds } from "@/lib/data/products"
import { detailPageMetadata } from "@/lib/site"

// Rendered on the first visit and cached (see the locale layout); unknown handles answer 404.
export function generateStaticParams(): { handle: string }[] {
  return []
}

function plainText(text: string | null | undefined, max = 160): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

export async function generateMetadata({ params }: PageProps<"/[locale]/brands/[handle]">): Promise<Metadata> {
  const { locale: raw, handle } = await params
  const locale = resolveLocale(raw)
  const brand = await getBrandByHandle(locale, handle)
  const t = getMessages(locale)
  if (!brand) return { title: t.common.notFoundTitle }
  const description =
    plainText(brand.story) ||
    format(t.brands.metaBrandDescription, { name: brand.name, level: t.brands.level[brand.level], mark: t.brands.markType[brand.mark_type] })
  const image = brand.logo_url ?? brand.products[0]?.thumbnail ?? undefined
  return detailPageMetadata(locale, `/brands/${brand.handle}`, { title: brand.name, description, image })
}

export default async function BrandPage({ params }: PageProps<"/[locale]/brands/[handle]">) {
  const { locale: raw, handle } = await params
  const locale = resolveLocale(raw)
  const brand = await getBrandByHandle(locale, handle)
  if (!brand) notFound()
  const t = getMessages(locale)
  const tb = t.brands
  const lang = locale === "en" ? "en" : "zh"
  const products = await listProductsByIds(
    locale,
    brand.products.map((p) => p.id)
  )
  const region = findRegion(brand.region)
  const counties = countyNames(brand.counties, locale)
  const brandPath = (h: string) => localePath(locale, `/brands/${h}`)
  const paragraphs = (brand.story ?? "").split(/\n+/).filter((p) => p.trim())
  const productsTitle = format(tb.products, { name: brand.name })
  return (
    <article className="space-y-8">
      <div>
        <nav aria-label={tb.breadcrumbLabel}>
          <ol className="flex flex-wrap items-center gap-x-2 text-sm text-stone-700">
            <li>
              <Link href={localePath(locale, "/brands")} className="link">
                {tb.title}
              </Link>
            </li>
            {brand.parent ? (
              <li className="flex items-center gap-x-2">
                <span aria-hidden="true">/</span>
                <Link href={brandPath(brand.parent.handle)} className="link">
                  {brand.parent.name}
                </Link>
              </li>
            ) : null}
            <li className="flex items-center gap-x-2">
              <span aria-hidden="true">/</span>
              <span aria-current="page">{brand.name}</span>
            </li>
          </ol>
        </nav>
        <h1 className="mt-3 text-2xl font-bold text-stone-900 sm:text-3xl">{brand.name}</h1>
        <dl aria-label={tb.factsLabel} className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-700">{tb.levelLabel}</dt>
          <dd>{tb.level[brand.level]}</dd>
          <dt className="text-stone-700">{tb.markTypeLabel}</dt>
          <dd>{tb.markType[brand.mark_type]}</dd>
          <dt className="text-stone-700">{tb.regionLabel}</dt>
          <dd>{region ? `${region.province[lang]} ${regionName(brand.region, locale)}` : regionName(brand.region, locale)}</dd>
          {counties.length ? (
            <>
              <dt className="text-stone-700">{tb.countiesLabel}</dt>
              <dd>{counties.join(lang === "en" ? ", " : "、")}</dd>
            </>
          ) : null}
          {brand.parent ? (
            <>
              <dt className="text-stone-700">{tb.parentLabel}</dt>
              <dd>
                <Link href={brandPath(brand.parent.handle)} className="link">
                  {brand.parent.name}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
      </div>

      <BrandCampaignBanners locale={locale} brand={brand} />

      {paragraphs.length ? (
        <section aria-labelledby="brand-story" className="max-w-prose">
          <h2 id="brand-story" className="text-xl font-bold text-stone-900">
            {tb.story}
          </h2>
          <div className="mt-2 space-y-2 text-stone-800">
            {paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        </section>
      ) : null}

      {brand.children.length ? (
        <section aria-labelledby="brand-children">
          <h2 id="brand-children" className="text-xl font-bold text-stone-900">
            {tb.children}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {brand.children.map((child) => (
              <li key={child.handle}>
                <Link
                  href={brandPath(child.handle)}
                  className="inline-flex min-h-11 flex-col justify-center rounded-lg border border-stone-300 bg-white px-4 py-2 hover:border-brand-700"
                >
                  <span className="font-semibold text-brand-800">{child.name}</span>
                  <span className="text-xs text-stone-700">{tb.level[child.level]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <AuthorizedEnterprises brand={brand} locale={locale} />

      <section aria-labelledby="brand-products">
        <h2 id="brand-products" className="text-xl font-bold text-stone-900">
          {productsTitle}
        </h2>
        <div className="mt-4">
          {products.length ? (
            <ProductGrid products={products} locale={locale} label={productsTitle} />
          ) : (
            <p className="rounded-md bg-white p-6 text-stone-700">{brand.children.length ? tb.noProductsWithChildren : tb.noProducts}</p>
          )}
        </div>
      </section>
    </article>
  )
}
