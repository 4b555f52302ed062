import "server-only"
import type { ListingSaleState, StorefrontLocale } from "@seleno/domain"
import { listBrands, type BrandNode } from "@/lib/data/brands"
import { listCategories } from "@/lib/data/categories"
import { getEnterpriseNow } from "@/lib/data/enterprises"
import { portalGet } from "@/lib/data/portal"

/** One of the enterprise's listings as GET /enterprise/products answers it. */
export interface PortalProduct {
  id: string
  handle: string
  status: "draft" | "proposed" | "published" | "rejected"
  /** offline: taken off sale by the enterprise (下架), out of the store until put back. */
  sale_state: ListingSaleState
  offline_at: string | null
  title: string
  title_en: string | null
  description: string | null
  description_en: string | null
  thumbnail: string | null
  images: string[]
  brand: { id: string; handle: string; name: string } | null
  categories: { id: string; handle: string; name: string }[]
  certificates: { id: string; number: string; valid_until: string }[]
  selenium_mg_per_kg: number | null
  serving_g: number | null
  review: { decision: "approve" | "reject"; note: string | null; reviewed_at: string } | null
  /** stock: stocked; reserved: held by open orders and carts completing; sellable: stock − reserved. */
  variants: {
    id: string
    title: string
    title_en: string | null
    sku: string | null
    gtin: string | null
    price: number | null
    currency_code: string
    stock: number
    reserved: number
    sellable: number
    low_stock_threshold: number | null
    low_stock: boolean
  }[]
  created_at: string
  updated_at: string
}

export function listPortalProducts(limit: number, offset: number) {
  return portalGet<{ products: PortalProduct[]; count: number }>("/enterprise/products", { limit, offset })
}

export function retrievePortalProduct(id: string) {
  return portalGet<{ product: PortalProduct }>(`/enterprise/products/${encodeURIComponent(id)}`)
}

export interface BrandChoice {
  id: string
  name: string
  categoryHandles: string[]
}

/**
 * Brands the enterprise may put on a product: the authorizations in force on its public page
 * (GET /store/enterprises/:handle), with ids from the brand catalogue. The backend checks the
 * choice again (brand and categories) when the product is saved.
 */
export async function authorizedBrands(locale: StorefrontLocale, enterpriseHandle: string): Promise<BrandChoice[]> {
  const [enterprise, tree] = await Promise.all([
    getEnterpriseNow(locale, enterpriseHandle).catch(() => undefined),
    listBrands(locale).catch(() => [] as BrandNode[]),
  ])
  if (!enterprise) return []
  const byHandle = new Map<string, BrandNode>()
  const walk = (nodes: BrandNode[]) =>
    nodes.forEach((node) => {
      byHandle.set(node.handle, node)
      walk(node.children ?? [])
    })
  walk(tree)
  const choices = new Map<string, BrandChoice>()
  for (const authorization of enterprise.brand_authorizations) {
    const node = byHandle.get(authorization.brand.handle)
    if (!node) continue
    const existing = choices.get(node.id)
    const categoryHandles = [...new Set([...(existing?.categoryHandles ?? []), ...authorization.category_handles])]
    choices.set(node.id, { id: node.id, name: authorization.brand.name, categoryHandles })
  }
  return [...choices.values()]
}

export async function categoryChoices(locale: StorefrontLocale): Promise<{ handle: string; name: string }[]> {
  const categories = await listCategories(locale).catch(() => [])
  return categories.map((c) => ({ handle: c.handle, name: c.name }))
}
