import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_FACT_KEYS } from "@seleno/domain"

export interface ProductCounties {
  /** Published products' ids, for the badge rule. */
  published_ids: string[]
  /** The county in every product's metadata (published or not: a sale or a case may be about either). */
  counties: Record<string, string | null>
}

const PAGE = 500

/** Reads every product's status and county (metadata) through Query, a page at a time. Read only: nothing to compensate. */
export const loadProductCountiesStep = createStep("monitoring-load-product-counties", async (_input: void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const result: ProductCounties = { published_ids: [], counties: {} }
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "status", "metadata"],
      pagination: { skip, take: PAGE, order: { id: "ASC" } },
    })
    for (const product of data as { id: string; status: string; metadata: Record<string, unknown> | null }[]) {
      const county = product.metadata?.[PRODUCT_FACT_KEYS.county]
      result.counties[product.id] = typeof county === "string" && county ? county : null
      if (product.status === "published") result.published_ids.push(product.id)
    }
    if (data.length < PAGE) break
  }
  return new StepResponse(result)
})
