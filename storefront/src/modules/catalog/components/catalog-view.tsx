import type { HttpTypes } from "@medusajs/types"
import type { StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import type { ProductPage, ProductSort } from "@/lib/data/products"
import { Pagination } from "./pagination"
import { ProductGrid } from "./product-card"

/** Category filter links, sort form (GET, works without JS), product grid and pagination. */
export function CatalogView({
  locale,
  title,
  basePath,
  categories,
  activeCategory,
  sort,
  certifiedOnly,
  result,
}: {
  locale: StorefrontLocale
  title: string
  /** App path of this listing ("/store" or "/categories/tea"). */
  basePath: string
  categories: HttpTypes.StoreProductCategory[]
  activeCategory?: string
  sort: ProductSort
  /** `?certified=1`: only products with the 富硒认证 badge. */
  certifiedOnly: boolean
  result: ProductPage
}) {
  const t = getMessages(locale).store
  const onStore = basePath === "/store"
  const query = (params: Record<string, string | undefined>) => {
    const search = new URLSearchParams()
    for (const [k, v] of Object.entries(params)) if (v) search.set(k, v)
    const s = search.toString()
    return s ? `?${s}` : ""
  }
  const hrefFor = (page: number) =>
    `${localePath(locale, basePath)}${query({
      category: onStore ? activeCategory : undefined,
      sort: sort === "newest" ? undefined : sort,
      certified: certifiedOnly ? "1" : undefined,
      page: page > 1 ? String(page) : undefined,
    })}`
  const sortOptions: { value: ProductSort; label: string }[] = [
    { value: "newest", label: t.sortNewest },
    { value: "price_asc", label: t.sortPriceAsc },
    { value: "price_desc", label: t.sortPriceDesc },
  ]
  return (
    <div>
      <h1 className="text-2xl font-bold text-stone-900">{title}</h1>
      <div className="mt-4 flex flex-col gap-4 lg:flex-row lg:items-end lg:justify-between">
        <nav aria-label={t.filterLabel} id="categories">
          <ul className="flex flex-wrap gap-2">
            <li>
              <Link
                href={`${localePath(locale, "/store")}${query({ certified: certifiedOnly ? "1" : undefined })}`}
                aria-current={onStore && !activeCategory ? "page" : undefined}
                className="inline-block rounded-full border border-stone-300 px-3 py-1.5 text-sm aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {t.allCategories}
              </Link>
            </li>
            {categories.map((c) => (
              <li key={c.id}>
                <Link
                  href={`${localePath(locale, `/categories/${c.handle}`)}${query({ certified: certifiedOnly ? "1" : undefined })}`}
                  aria-current={activeCategory === c.handle ? "page" : undefined}
                  className="inline-block rounded-full border border-stone-300 px-3 py-1.5 text-sm aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form method="get" action={localePath(locale, basePath)} className="flex items-end gap-2">
          {onStore && activeCategory ? <input type="hidden" name="category" value={activeCategory} /> : null}
          <div>
            <label htmlFor="sort" className="field-label">
              {t.sortLabel}
            </label>
            <select id="sort" name="sort" defaultValue={sort} className="field-input">
              {sortOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 pb-2 text-sm text-stone-800">
            <input type="checkbox" name="certified" value="1" defaultChecked={certifiedOnly} className="size-4 accent-brand-700" />
            {t.certifiedOnly}
          </label>
          <button type="submit" className="btn-secondary">
            {t.apply}
          </button>
        </form>
      </div>
      <p className="mt-4 text-sm text-stone-700" role="status">
        {format(t.resultCount, { count: result.count })}
      </p>
      <div className="mt-3">
        {result.products.length ? (
          <ProductGrid products={result.products} locale={locale} label={t.productListLabel} headingLevel={2} />
        ) : (
          <p className="rounded-md bg-white p-6 text-stone-700">{t.empty}</p>
        )}
      </div>
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={hrefFor}
        labels={{ label: t.paginationLabel, previous: t.previous, next: t.next, pageOf: t.pageOf }}
      />
    </div>
  )
}
