import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { StorefrontLocale } from "@seleno/domain"
import { cache } from "react"
import { sdk, storeHeaders } from "./medusa"

const FIELDS = "id,name,handle,description,rank,parent_category_id"

export const listCategories = cache(async (locale: StorefrontLocale): Promise<HttpTypes.StoreProductCategory[]> => {
  const { product_categories } = await sdk().store.category.list(
    { fields: FIELDS, limit: 100, order: "rank" },
    storeHeaders(locale)
  )
  return product_categories
})

export const getCategoryByHandle = cache(
  async (locale: StorefrontLocale, handle: string): Promise<HttpTypes.StoreProductCategory | undefined> => {
    const { product_categories } = await sdk().store.category.list(
      { fields: FIELDS, handle, limit: 1 },
      storeHeaders(locale)
    )
    return product_categories[0]
  }
)
