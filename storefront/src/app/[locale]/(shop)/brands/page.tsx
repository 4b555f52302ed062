import type { Metadata } from "next"
import { BrandCatalogue } from "@/modules/brands/components/brand-catalogue"
import { getMessages, resolveLocale } from "@/i18n"
import { listBrands } from "@/lib/data/brands"
import { alternatesFor } from "@/lib/site"

export async function generateMetadata({ params }: PageProps<"/[locale]/brands">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).brands
  return {
    title: t.title,
    description: t.metaDescription,
    alternates: alternatesFor(locale, "/brands"),
  }
}

export default async function BrandsPage({ params }: PageProps<"/[locale]/brands">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).brands
  const brands = await listBrands(locale)
  return (
    <div>
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="mt-2 max-w-prose text-stone-700">{t.intro}</p>
      <div className="mt-8">
        <BrandCatalogue brands={brands} locale={locale} />
      </div>
    </div>
  )
}
