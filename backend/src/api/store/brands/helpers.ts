import { REGIONS } from "@seleno/domain"

export interface BrandRecord {
  id: string
  handle: string
  name: string
  story?: string | null
  level: string
  mark_type: string
  region: string
  counties: string[]
  logo_url: string | null
  parent?: { id: string } | null
  products?: ({ id: string; status: string } | null)[] | null
}

export interface BrandNode {
  id: string
  handle: string
  name: string
  level: string
  mark_type: string
  region: string
  counties: string[]
  logo_url: string | null
  /** Published products under this brand itself. */
  product_count: number
  /** Published products under this brand and every brand beneath it. */
  total_product_count: number
  children: BrandNode[]
}

export const BRAND_FIELDS = ["id", "handle", "name", "level", "mark_type", "region", "counties", "logo_url", "parent.id", "products.id", "products.status"]

export function publishedProductCount(brand: BrandRecord): number {
  return (brand.products ?? []).filter((p) => p?.status === "published").length
}

const regionRank = (code: string) => {
  const i = REGIONS.findIndex((r) => r.code === code)
  return i === -1 ? REGIONS.length : i
}

/**
 * Nests brands under their parents and sums product counts up the tree. Regions follow the brief's
 * order; within a region, brands with more products come first.
 */
export function toBrandTree(records: BrandRecord[]): BrandNode[] {
  const nodes = new Map<string, BrandNode>()
  for (const r of records) {
    const count = publishedProductCount(r)
    nodes.set(r.id, {
      id: r.id,
      handle: r.handle,
      name: r.name,
      level: r.level,
      mark_type: r.mark_type,
      region: r.region,
      counties: r.counties,
      logo_url: r.logo_url,
      product_count: count,
      total_product_count: count,
      children: [],
    })
  }
  const roots: BrandNode[] = []
  for (const r of records) {
    const node = nodes.get(r.id) as BrandNode
    const parent = r.parent ? nodes.get(r.parent.id) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const total = (node: BrandNode): number => {
    node.total_product_count = node.product_count + node.children.reduce((sum, child) => sum + total(child), 0)
    node.children.sort(catalogueOrder)
    return node.total_product_count
  }
  roots.forEach(total)
  return roots.sort(catalogueOrder)
}

function catalogueOrder(a: BrandNode, b: BrandNode): number {
  return regionRank(a.region) - regionRank(b.region) || b.total_product_count - a.total_product_count || a.handle.localeCompare(b.handle)
}
