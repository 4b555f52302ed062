import "server-only"
import type { BrandLevel, MarkType, StorefrontLocale } from "@seleno/domain"
import { cache } from "react"
import { cachedAs, isNotFoundError, sdk, storeHeaders } from "./medusa"

/** A brand in the catalogue tree (GET /store/brands): roots first, children nested, names translated. */
export interface BrandNode {
  id: string
  handle: string
  name: string
  level: BrandLevel
  mark_type: MarkType
  region: string
  /** County codes; resolve names with findCounty from @seleno/domain. */
  counties: string[]
  logo_url: string | null
  /** Published products under this brand itself. */
  product_count: number
  /** Published products under this brand and every brand beneath it. */
  total_product_count: number
  children: BrandNode[]
}

/** One brand with its story, parent, children and published products (GET /store/brands/:handle). */
export interface BrandDetail {
  id: string
  handle: string
  name: string
  story: string | null
  level: BrandLevel
  mark_type: MarkType
  region: string
  counties: string[]
  logo_url: string | null
  product_count: number
  parent: { handle: string; name: string } | null
  children: { handle: string; name: string; level: BrandLevel }[]
  /** Enterprises in good standing holding an authorization for this brand in force now. */
  authorized_enterprises: { handle: string; name: string; county: string; category_handles: string[]; valid_until: string }[]
  products: { id: string; handle: string; title: string; thumbnail: string | null }[]
}

/** The brand catalogue as a tree, already in catalogue order (region, then bigger brands first). */
export const listBrands = cache(async (locale: StorefrontLocale): Promise<BrandNode[]> => {
  const { brands } = await sdk().client.fetch<{ brands: BrandNode[] }>("/store/brands", {
    headers: storeHeaders(locale),
    ...cachedAs("brands", "catalog"),
  })
  return brands
})

/** One brand by handle, or undefined when the backend knows no such brand. */
export const getBrandByHandle = cache(
  async (locale: StorefrontLocale, handle: string): Promise<BrandDetail | undefined> => {
    try {
      const { brand } = await sdk().client.fetch<{ brand: BrandDetail }>(
        `/store/brands/${encodeURIComponent(handle)}`,
        { headers: storeHeaders(locale), ...cachedAs("brands", "catalog", "enterprises") }
      )
      return brand
    } catch (error) {
      if (isNotFoundError(error)) return undefined
      throw error
    }
  }
)

/** Every brand handle in the tree, depth first, for the sitemap. */
export async function listBrandHandles(): Promise<string[]> {
  const brands = await listBrands("zh-CN")
  const handles: string[] = []
  const walk = (nodes: BrandNode[]) => {
    for (const node of nodes) {
      handles.push(node.handle)
      walk(node.children)
    }
  }
  walk(brands)
  return handles
}
