import { REGIONS } from "@seleno/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { HomeCampaignBanners } from "@/modules/campaigns/components/campaign-banners"
import { ProductGrid } from "@/modules/catalog/components/product-card"
import { getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { listCategories } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { alternatesFor } from "@/lib/site"

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale)
  return {
    title: { absolute: `${t.site.name} · ${t.home.metaTitle}` },
    description: t.site.description,
    alternates: alternatesFor(locale, "/"),
  }
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale)
  const lang = locale === "en" ? "en" : "zh"
  const [categories, newest] = await Promise.all([listCategories(locale), listProducts({ locale, sort: "newest", page: 1 })])
  return (
    <div className="space-y-12">
      <section aria-labelledby="hero-title" className="rounded-xl bg-brand-800 px-5 py-10 text-white sm:px-10 sm:py-14">
        <p className="text-sm font-medium text-brand-100">{t.home.heroEyebrow}</p>
        <h1 id="hero-title" className="mt-2 max-w-2xl text-3xl font-bold sm:text-4xl">
          {t.home.heroTitle}
        </h1>
        <p className="mt-4 max-w-2xl text-brand-50">{t.home.heroBody}</p>
        <Link href={localePath(locale, "/store")} className="mt-6 inline-flex min-h-11 items-center rounded-md bg-white px-5 font-semibold text-brand-800 hover:bg-brand-50">
          {t.home.heroCta}
        </Link>
      </section>

      <HomeCampaignBanners locale={locale} />

      <section aria-labelledby="featured-categories">
        <h2 id="featured-categories" className="text-xl font-bold text-stone-900">
          {t.home.featuredCategories}
        </h2>
        <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {categories.slice(0, 8).map((c) => (
            <li key={c.id}>
              <Link
                href={localePath(locale, `/categories/${c.handle}`)}
                className="flex min-h-16 items-center justify-center rounded-lg border border-brand-100 bg-brand-50 px-3 py-4 text-center font-semibold text-brand-800 hover:border-brand-600"
              >
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="newest-products">
        <div className="flex items-baseline justify-between">
          <h2 id="newest-products" className="text-xl font-bold text-stone-900">
            {t.home.newestProducts}
          </h2>
          <Link href={localePath(locale, "/store")} className="link text-sm">
            {t.home.viewAll}
          </Link>
        </div>
        <div className="mt-4">
          {newest.products.length ? (
            <ProductGrid products={newest.products.slice(0, 8)} locale={locale} label={t.home.newestProducts} />
          ) : (
            <p>{t.home.noProducts}</p>
          )}
        </div>
      </section>

      <section aria-labelledby="regions">
        <h2 id="regions" className="text-xl font-bold text-stone-900">
          {t.home.regionsTitle}
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-3">
          {REGIONS.map((r) => (
            <li key={r.code} className="rounded-lg border border-stone-200 bg-white p-4">
              <p className="font-semibold text-stone-900">
                {r.name[lang]} · {r.province[lang]}
              </p>
              <p className="text-sm text-stone-700">{r.tagline[lang]}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
