import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CatalogView } from "@/modules/catalog/components/catalog-view"
import { format, getMessages, resolveLocale } from "@/i18n"
import { getCategoryByHandle, listCategories } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { readCatalogQuery } from "@/lib/search-params"
import { alternatesFor } from "@/lib/site"

export async function generateMetadata({ params }: PageProps<"/[locale]/categories/[handle]">): Promise<Metadata> {
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

export default async function CategoryPage({ params, searchParams }: PageProps<"/[locale]/categories/[handle]">) {
  const { locale: raw, handle } = await params
  const locale = resolveLocale(raw)
  const query = await searchParams
  const [category, categories] = await Promise.all([getCategoryByHandle(locale, handle), listCategories(locale)])
  if (!category) notFound()
  const options = readCatalogQuery(query)
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
