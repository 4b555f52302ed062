import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CatalogView } from "@/modules/catalog/components/catalog-view"
import { format, getMessages, resolveLocale } from "@/i18n"
import { getCategoryByHandle, listCategories } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { readListingViewKey } from "@/lib/listing-view"
import { alternatesFor } from "@/lib/site"

export async function generateMetadata({ params }: PageProps<"/[locale]/categories/[handle]/[view]">): Promise<Metadata> {
  const { locale: raw, handle } = await params
  const locale = resolveLocale(raw)
  const category = await getCategoryByHandle(locale, handle)
  if (!category) return {}
  const t = getMessages(locale).category
  return {
    title: category.name,
    description: category.description || format(t.metaDescription, { name: category.name }),
    alternates: alternatesFor(locale, `/categories/${category.handle}`),
  }
}

// Rendered on first visit and cached; the proxy maps /categories/{handle}?query to …/{view}.
export function generateStaticParams(): { view: string }[] {
  return []
}

export default async function CategoryPage({ params }: PageProps<"/[locale]/categories/[handle]/[view]">) {
  const { locale: raw, handle, view } = await params
  const locale = resolveLocale(raw)
  const [category, categories] = await Promise.all([getCategoryByHandle(locale, handle), listCategories(locale)])
  if (!category) notFound()
  const { sort, page, certifiedOnly } = readListingViewKey(view)
  const options = { sort, page, certifiedOnly }
  const result = await listProducts({ locale, categoryId: category.id, ...options })
  return (
    <CatalogView
      locale={locale}
      title={category.name}
      basePath={`/categories/${category.handle}`}
      categories={categories}
      activeCategory={category.handle}
      sort={options.sort}
      certifiedOnly={options.certifiedOnly}
      result={result}
    />
  )
}
