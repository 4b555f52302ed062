import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { StorefrontLocale } from "@seleno/domain"
import { cache } from "react"
import { cachedAs, sdk, storeHeaders } from "./medusa"

const FIELDS = "id,name,handle,description,rank,parent_category_id"

async function storeCategories(locale: StorefrontLocale, query: HttpTypes.StoreProductCategoryListParams) {
  const { product_categories } = await sdk().client.fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    query,
    headers: storeHeaders(locale),
    ...cachedAs("categories"),
  })
  return product_categories
}

export const listCategories = cache(async (locale: StorefrontLocale): Promise<HttpTypes.StoreProductCategory[]> => {
  return storeCategories(locale, { fields: FIELDS, limit: 100, order: "rank" })
})

export const getCategoryByHandle = cache(
  async (locale: StorefrontLocale, handle: string): Promise<HttpTypes.StoreProductCategory | undefined> => {
    return (await storeCategories(locale, { fields: FIELDS, handle, limit: 1 }))[0]
  }
)
