import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { suggestBrands, suggestCounties } from "../../../lib/search/suggestions"

const MAX_PRODUCTS = 5

/**
 * GET /store/search-suggestions?q= — what the header's search box offers while a shopper types:
 * the best matching products, brands and counties, in the shopper's language.
 */
export const GET = async (req: MedusaStoreRequest<unknown, { q: string }>, res: MedusaResponse) => {
  const q = (req.validatedQuery as { q: string }).q.trim()
  if (!q) return res.json({ products: [], brands: [], counties: [] })
  const english = (req.locale ?? "").toLowerCase().startsWith("en")
  const search = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [result, { data: shown }, { data: chinese }] = await Promise.all([
    search.search({
      entity: "product",
      filters: { q, status: "published", sales_channel_ids: { $overlaps: [...(req.publishable_key_context?.sales_channel_ids ?? [])] } },
      pagination: { take: MAX_PRODUCTS },
      search_options: { match_strategy: "all", typo_tolerance: true },
    }),
    query.graph({ entity: "brand", fields: ["handle", "name"] }, { locale: req.locale }),
    query.graph({ entity: "brand", fields: ["handle", "name"] }),
  ])
  const zh = new Map((chinese as { handle: string; name: string }[]).map((b) => [b.handle, b.name]))
  const brands = (shown as { handle: string; name: string }[]).map((b) => ({ ...b, name_zh: zh.get(b.handle) ?? b.name }))
  res.json({
    products: result.hits.map((hit) => {
      const d = hit.document as Record<string, string | undefined>
      return { handle: d.handle, title: (english && d.title_en) || d.title }
    }),
    brands: suggestBrands(q, brands),
    counties: suggestCounties(q, english),
  })
}
