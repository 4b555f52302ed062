import type { Metadata } from "next"
import { CatalogView } from "@/modules/catalog/components/catalog-view"
import { getMessages, resolveLocale } from "@/i18n"
import { getCategoryByHandle, listCategories } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { firstParam, readCatalogQuery } from "@/lib/search-params"
import { alternatesFor } from "@/lib/site"

export async function generateMetadata({ params }: PageProps<"/[locale]/store">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).store
  return { title: t.title, description: t.metaDescription, alternates: alternatesFor(locale, "/store") }
}

export default async function StorePage({ params, searchParams }: PageProps<"/[locale]/store">) {
  const locale = resolveLocale((await params).locale)
  const query = await searchParams
  const t = getMessages(locale).store
  const handle = firstParam(query, "category")
  const [categories, category] = await Promise.all([
    listCategories(locale),
    handle ? getCategoryByHandle(locale, handle) : Promise.resolve(undefined),
  ])
  const options = readCatalogQuery(query)
  const result = await listProducts({ locale, categoryId: category?.id, ...options })
  return (
    <CatalogView
      locale={locale}
      title={category ? category.name : t.title}
      basePath="/store"
      categories={categories}
      activeCategory={category?.handle}
      sort={options.sort}
      certifiedOnly={options.certifiedOnly}
      result={result}
    />
  )
}
