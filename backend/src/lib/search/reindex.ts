import type { ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_SOURCE_FIELDS, type ProductRow } from "./product-document"
import { toProductSearchDocuments } from "./product-source"

const PAGE = 200

/**
 * Rewrites every product's search document, page by page, in place. Upserts replace documents by
 * id, so running it again (or after an interruption) is safe. Returns how many were written.
 */
export async function reindexProducts(container: MedusaContainer, onPage: (count: number, total: number) => void = () => {}): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 1 } })
  const total = metadata?.count ?? 0
  let written = 0
  for (let skip = 0; skip < total; skip += PAGE) {
    const { data } = await query.graph({ entity: "product", fields: PRODUCT_SOURCE_FIELDS, pagination: { skip, take: PAGE, order: { id: "ASC" } } })
    if (!data.length) break
    const documents = await toProductSearchDocuments(data as unknown as ProductRow[], query as unknown as Parameters<typeof toProductSearchDocuments>[1])
    await search.upsertDocuments({ index: "product", documents })
    written += documents.length
    onPage(documents.length, total)
  }
  return written
}
