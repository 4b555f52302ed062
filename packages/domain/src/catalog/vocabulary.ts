/** The orders a product listing offers (the storefront's sort menu). */
export const PRODUCT_SORTS = ["newest", "price_asc", "price_desc"] as const
export type ProductSort = (typeof PRODUCT_SORTS)[number]
