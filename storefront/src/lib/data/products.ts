import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { pageOfListing, type ProductSort, type StorefrontLocale } from "@seleno/domain"
import { cache } from "react"
import { cachedAs, sdk, storeHeaders } from "./medusa"
import { getRegion } from "./regions"
import { listCertifiedProductIds } from "./trace"

export const PAGE_SIZE = 12
export { PRODUCT_SORTS, type ProductSort } from "@seleno/domain"

const LIST_FIELDS =
  "id,title,handle,thumbnail,created_at,updated_at,metadata,*variants,*variants.calculated_price,+variants.inventory_quantity"
const DETAIL_FIELDS = `${LIST_FIELDS},description,subtitle,*images,*categories`
/** What the listing sorts on; the catalogue is small, so it is read whole and paged here. */
const SORT_FIELDS = "id,title,created_at,*variants.calculated_price"
const CATALOGUE_LIMIT = 1000

/** GET /store/products, cached with the pages that show it (prices and stock change with "catalog"). */
function storeProducts(locale: StorefrontLocale, query: HttpTypes.StoreProductListParams) {
  return sdk().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query,
    headers: storeHeaders(locale),
    ...cachedAs("catalog"),
  })
}

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

/**
 * A page of the catalogue in one of the storefront's sorts. The store API orders by one field
 * only (no tie-breaker, so equal creation times swap between requests) and not by calculated
 * price, so every sort reads the catalogue's sort keys, orders them with the domain's total order
 * (key, then id) and fetches the page's products by id.
 */
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
  const { products: keys } = await storeProducts(locale, {
    region_id: region.id,
    fields: SORT_FIELDS,
    limit: CATALOGUE_LIMIT,
    ...(categoryId ? { category_id: [categoryId] } : {}),
    ...(productIds ? { id: [...productIds] } : {}),
  })
  const entries = keys.map((p) => ({ id: p.id, created_at: p.created_at, title: p.title, price: lowestPrice(p) }))
  const { entries: onPage, pages } = pageOfListing(entries, sort, page, PAGE_SIZE)
  const products = await listProductsByIds(locale, onPage.map((e) => e.id))
  return { products, count: entries.length, page, pages }
}

/** Products by id with the region's calculated prices, in the order of `ids` (unknown ids are skipped). */
export async function listProductsByIds(locale: StorefrontLocale, ids: readonly string[]): Promise<HttpTypes.StoreProduct[]> {
  if (!ids.length) return []
  const region = await getRegion()
  const { products } = await storeProducts(locale, { id: [...ids], region_id: region.id, fields: LIST_FIELDS, limit: ids.length })
  const byId = new Map(products.map((p) => [p.id, p]))
  return ids.map((id) => byId.get(id)).filter((p): p is HttpTypes.StoreProduct => Boolean(p))
}

export const getProductByHandle = cache(
  async (locale: StorefrontLocale, handle: string): Promise<HttpTypes.StoreProduct | undefined> => {
    const region = await getRegion()
    const { products } = await storeProducts(locale, { handle, region_id: region.id, fields: DETAIL_FIELDS, limit: 1 })
    return products[0]
  }
)

/** Handles and update times of every product, for the sitemap. */
export async function listProductHandles(): Promise<{ handle: string; updatedAt?: string }[]> {
  const { products } = await sdk().store.product.list({ fields: "handle,updated_at", limit: 1000 })
  return products.map((p) => ({ handle: p.handle, updatedAt: p.updated_at ?? undefined }))
}
