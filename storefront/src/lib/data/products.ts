import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { StorefrontLocale } from "@seleno/domain"
import { cache } from "react"
import { sdk, storeHeaders } from "./medusa"
import { getRegion } from "./regions"
import { listCertifiedProductIds } from "./trace"

export const PAGE_SIZE = 12
export type ProductSort = "newest" | "price_asc" | "price_desc"
export const PRODUCT_SORTS: readonly ProductSort[] = ["newest", "price_asc", "price_desc"]

const LIST_FIELDS =
  "id,title,handle,thumbnail,created_at,updated_at,metadata,*variants,*variants.calculated_price,+variants.inventory_quantity"
const DETAIL_FIELDS = `${LIST_FIELDS},description,subtitle,*images,*categories`

/** Lowest calculated price over a product's variants, or null when none is priced. */
export function lowestPrice(product: HttpTypes.StoreProduct): number | null {
  let min: number | null = null
  for (const variant of product.variants ?? []) {
    const amount = variant.calculated_price?.calculated_amount
    if (typeof amount === "number" && (min === null || amount < min)) min = amount
  }
  return min
}

export interface ProductPage {
  products: HttpTypes.StoreProduct[]
  count: number
  page: number
  pages: number
}

export async function listProducts(options: {
  locale: StorefrontLocale
  categoryId?: string
  /** Only products that carry the 富硒认证 badge right now. */
  certifiedOnly?: boolean
  sort?: ProductSort
  page?: number
}): Promise<ProductPage> {
  const { locale, categoryId, sort = "newest" } = options
  const page = Math.max(1, Math.floor(options.page ?? 1))
  const productIds = options.certifiedOnly ? await listCertifiedProductIds() : undefined
  if (productIds && !productIds.length) return { products: [], count: 0, page, pages: 1 }
  const region = await getRegion()
  const base = {
    region_id: region.id,
    fields: LIST_FIELDS,
    ...(categoryId ? { category_id: [categoryId] } : {}),
    ...(productIds ? { id: [...productIds] } : {}),
  }
  if (sort === "newest") {
    const { products, count } = await sdk().store.product.list(
      { ...base, order: "-created_at", limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
      storeHeaders(locale)
    )
    return { products, count, page, pages: Math.max(1, Math.ceil(count / PAGE_SIZE)) }
  }
  // The store API cannot order by calculated price, so sort the (small) catalogue here.
  const { products, count } = await sdk().store.product.list({ ...base, limit: 500 }, storeHeaders(locale))
  const direction = sort === "price_asc" ? 1 : -1
  const sorted = [...products].sort((a, b) => {
    const pa = lowestPrice(a) ?? Number.POSITIVE_INFINITY
    const pb = lowestPrice(b) ?? Number.POSITIVE_INFINITY
    return pa === pb ? a.title.localeCompare(b.title) : (pa - pb) * direction
  })
  const start = (page - 1) * PAGE_SIZE
  return {
    products: sorted.slice(start, start + PAGE_SIZE),
    count,
    page,
    pages: Math.max(1, Math.ceil(count / PAGE_SIZE)),
  }
}

/** Products by id with the region's calculated prices, in the order of `ids` (unknown ids are skipped). */
export async function listProductsByIds(locale: StorefrontLocale, ids: readonly string[]): Promise<HttpTypes.StoreProduct[]> {
  if (!ids.length) return []
  const region = await getRegion()
  const { products } = await sdk().store.product.list(
    { id: [...ids], region_id: region.id, fields: LIST_FIELDS, limit: ids.length },
    storeHeaders(locale)
  )
  const byId = new Map(products.map((p) => [p.id, p]))
  return ids.map((id) => byId.get(id)).filter((p): p is HttpTypes.StoreProduct => Boolean(p))
}

export const getProductByHandle = cache(
  async (locale: StorefrontLocale, handle: string): Promise<HttpTypes.StoreProduct | undefined> => {
    const region = await getRegion()
    const { products } = await sdk().store.product.list(
      { handle, region_id: region.id, fields: DETAIL_FIELDS, limit: 1 },
      storeHeaders(locale)
    )
    return products[0]
  }
)

/** Handles and update times of every product, for the sitemap. */
export async function listProductHandles(): Promise<{ handle: string; updatedAt?: string }[]> {
  const { products } = await sdk().store.product.list({ fields: "handle,updated_at", limit: 1000 })
  return products.map((p) => ({ handle: p.handle, updatedAt: p.updated_at ?? undefined }))
}
