import type { SearchTypes } from "@medusajs/framework/types"
import { PRICE_SEARCH_BANDS, SELENIUM_SEARCH_BANDS } from "@seleno/domain"

export interface BrandFacetNode { handle: string; name: string; count: number; children: BrandFacetNode[] }
export interface ValueCount { value: string; count: number }
export interface RangeCount { key: string; count: number }

type Doc = Record<string, unknown>

function values(facet: SearchTypes.SearchFacetResult | undefined): ValueCount[] {
  return facet?.type === "value" ? facet.values.filter((v) => v.count > 0) : []
}

function ranges(facet: SearchTypes.SearchFacetResult | undefined, keys: readonly { key: string }[]): RangeCount[] {
  const counts = new Map(facet?.type === "range" ? facet.ranges.map((r) => [r.key, r.count]) : [])
  return keys.map(({ key }) => ({ key, count: counts.get(key) ?? 0 }))
}

/**
 * The brand facet as a tree: `brand_path` holds every ancestor of a product's brand, so the count
 * of a regional brand already includes its county brands' products.
 */
export function brandFacetTree(
  counts: ValueCount[],
  brands: readonly { handle: string; name: string; parent_handle: string | null }[]
): BrandFacetNode[] {
  const countOf = new Map(counts.map((c) => [c.value, c.count]))
  const nodes = new Map<string, BrandFacetNode>()
  for (const b of brands) {
    const count = countOf.get(b.handle)
    if (count) nodes.set(b.handle, { handle: b.handle, name: b.name, count, children: [] })
  }
  const roots: BrandFacetNode[] = []
  for (const b of brands) {
    const node = nodes.get(b.handle)
    if (!node) continue
    const parent = b.parent_handle ? nodes.get(b.parent_handle) : undefined
    ;(parent ? parent.children : roots).push(node)
  }
  const byCount = (a: BrandFacetNode, b: BrandFacetNode) => b.count - a.count || a.handle.localeCompare(b.handle)
  const sort = (list: BrandFacetNode[]) => list.sort(byCount).forEach((n) => sort(n.children))
  sort(roots)
  return roots
}

/** Relevance scores this close (relative) count as a tie. */
export const SCORE_TIE_TOLERANCE = 0.02

/**
 * Among hits of (nearly) equal relevance, certified products first. Text ranks are continuous, so
 * two products that match a query equally well rarely score exactly the same; the engine orders
 * by score, and this stable pass reorders each run of hits within the tolerance of its first.
 */
export function certifiedFirstAmongTies(hits: SearchTypes.SearchHit[], at: Date, tolerance = SCORE_TIE_TOLERANCE): SearchTypes.SearchHit[] {
  const certified = (hit: SearchTypes.SearchHit) => {
    const until = (hit.document as Doc).certified_until
    return Boolean(until && new Date(String(until)) > at)
  }
  const out: SearchTypes.SearchHit[] = []
  for (let start = 0; start < hits.length; ) {
    const top = hits[start]!.score
    let end = start + 1
    while (end < hits.length && top !== undefined && hits[end]!.score !== undefined && top - hits[end]!.score! <= Math.abs(top) * tolerance) end++
    const run = hits.slice(start, end)
    out.push(...run.filter(certified), ...run.filter((h) => !certified(h)))
    start = end
  }
  return out
}

/** A hit as the storefront shows it: the fields of a product card, in the shopper's language. */
export function toProductHit(hit: SearchTypes.SearchHit, english: boolean, at: Date) {
  const d = hit.document as Doc
  const pick = (zh: string, en: string) => (english && d[en] ? d[en] : d[zh]) as string | undefined
  const certifiedUntil = d.certified_until ? new Date(String(d.certified_until)) : undefined
  const certified = Boolean(certifiedUntil && certifiedUntil > at)
  return {
    id: hit.id,
    handle: d.handle as string,
    title: pick("title", "title_en"),
    thumbnail: (d.thumbnail as string | undefined) ?? null,
    brand: (d.brand as string | undefined) ?? null,
    brand_name: pick("brand_name", "brand_name_en") ?? null,
    region: (d.region as string | undefined) ?? null,
    county: (d.county as string | undefined) ?? null,
    certified,
    // A certificate that lapsed since the document was written takes the figure away at once.
    selenium_mg_per_kg: certified ? ((d.selenium_mg_per_kg as number | undefined) ?? null) : null,
    price_min: (d.price_min as number | undefined) ?? null,
    price_max: (d.price_max as number | undefined) ?? null,
    in_stock: Boolean(d.in_stock),
  }
}

export type ProductHit = ReturnType<typeof toProductHit>

export function productFacets(facets: SearchTypes.SearchResult["facets"], brands: Parameters<typeof brandFacetTree>[1]) {
  const certified = facets?.certified_until
  return {
    brand: brandFacetTree(values(facets?.brand_path), brands),
    region: values(facets?.region),
    county: values(facets?.county),
    category: values(facets?.categories),
    certified: certified?.type === "range" ? (certified.ranges[0]?.count ?? 0) : 0,
    selenium: ranges(facets?.selenium_mg_per_kg, SELENIUM_SEARCH_BANDS),
    price: ranges(facets?.price_min, PRICE_SEARCH_BANDS),
  }
}
