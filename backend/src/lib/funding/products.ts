import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: Record<string, unknown>[] }> }

export interface ProductOwner {
  product_id: string
  product_title: string
  enterprise: { id: string; name: string } | null
}

export const queryOf = (container: MedusaContainer) => container.resolve<Query>(ContainerRegistrationKeys.QUERY)

/** Each product's title and the enterprise that sells it (null for the platform's own products). */
export async function productOwners(container: MedusaContainer, productIds: readonly string[]): Promise<Map<string, ProductOwner>> {
  const out = new Map<string, ProductOwner>()
  const ids = [...new Set(productIds)]
  if (!ids.length) return out
  const { data } = await queryOf(container).graph({ entity: "product", fields: ["id", "title", "enterprise.id", "enterprise.name"], filters: { id: ids } })
  for (const row of data) {
    const enterprise = row.enterprise as { id: string; name: string } | null | undefined
    out.set(row.id as string, { product_id: row.id as string, product_title: row.title as string, enterprise: enterprise?.id ? { id: enterprise.id, name: enterprise.name } : null })
  }
  return out
}

export interface VariantOwner extends ProductOwner {
  variant_id: string
  variant_title: string | null
}

/** Each variant's product and enterprise (variants that do not exist are absent). */
export async function variantOwners(container: MedusaContainer, variantIds: readonly string[]): Promise<Map<string, VariantOwner>> {
  const out = new Map<string, VariantOwner>()
  const ids = [...new Set(variantIds)]
  if (!ids.length) return out
  const { data } = await queryOf(container).graph({
    entity: "product_variant",
    fields: ["id", "title", "product_id", "product.title", "product.enterprise.id", "product.enterprise.name"],
    filters: { id: ids },
  })
  for (const row of data) {
    const product = row.product as { title: string; enterprise?: { id: string; name: string } | null } | null
    const enterprise = product?.enterprise
    out.set(row.id as string, {
      variant_id: row.id as string,
      variant_title: (row.title as string | null) ?? null,
      product_id: row.product_id as string,
      product_title: product?.title ?? "",
      enterprise: enterprise?.id ? { id: enterprise.id, name: enterprise.name } : null,
    })
  }
  return out
}
