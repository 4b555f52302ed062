import type { Metadata } from "next"
import { CatalogView } from "@/modules/catalog/components/catalog-view"
import { getMessages, resolveLocale } from "@/i18n"
import { getCategoryByHandle, listCategories } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { readListingViewKey } from "@/lib/listing-view"
import { alternatesFor } from "@/lib/site"

export async function generateMetadata({ params }: PageProps<"/[locale]/store/[view]">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).store
  return { title: t.title, description: t.metaDescription, alternates: alternatesFor(locale, "/store") }
}

// Rendered on first visit and cached; the proxy maps /store?query to /store/{view} (lib/listing-view).
export function generateStaticParams(): { view: string }[] {
  return []
}

export default async function StorePage({ params }: PageProps<"/[locale]/store/[view]">) {
  const { locale: raw, view } = await params
  const locale = resolveLocale(raw)
  const options = readListingViewKey(view)
  const t = getMessages(locale).store
  const handle = options.category
  const [categories, category] = await Promise.all([
    listCategories(locale),
    handle ? getCategoryByHandle(locale, handle) : Promise.resolve(undefined),
  ])
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
