import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { productSearchQuery } from "../../../lib/search/product-query"
import { certifiedFirstAmongTies, productFacets, toProductHit } from "../../../lib/search/product-results"
import type { StoreSearchProductsType } from "./validators"

const DEFAULT_PAGE_SIZE = 12

/**
 * GET /store/product-search — the storefront's product search: free text in Chinese, pinyin or
 * English, filters for brand (tree), place, category, badge, selenium and price, facet counts
 * that each ignore their own filter, and sorting by relevance, price or newest.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreSearchProductsType>, res: MedusaResponse) => {
  const p = req.validatedQuery as StoreSearchProductsType
  const at = new Date()
  const page = p.page ?? 1
  const limit = p.page_size ?? DEFAULT_PAGE_SIZE
  const params = {
    ...p,
    q: p.q?.trim() || undefined,
    certified: p.certified === "1" || p.certified === "true",
    sort: p.sort ?? "relevance",
    page,
    limit,
  }
  const search = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [result, { data: brands }] = await Promise.all([
    search.search(productSearchQuery(params, req.publishable_key_context?.sales_channel_ids ?? [], at)),
    query.graph({ entity: "brand", fields: ["handle", "name", "parent.handle"] }, { locale: req.locale }),
  ])
  const english = (req.locale ?? "").toLowerCase().startsWith("en")
  const count = result.metadata.count ?? result.hits.length
  res.json({
    products: certifiedFirstAmongTies(result.hits, at).map((hit) => toProductHit(hit, english, at)),
    count,
    page,
    pages: Math.max(1, Math.ceil(count / limit)),
    facets: productFacets(
      result.facets,
      (brands as { handle: string; name: string; parent?: { handle: string } | null }[]).map((b) => ({
        handle: b.handle,
        name: b.name,
        parent_handle: b.parent?.handle ?? null,
      }))
    ),
  })
}
