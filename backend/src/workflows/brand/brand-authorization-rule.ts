import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { isAuthorizationInForce } from "../../modules/enterprise/authorization"

type ProductRow = {
  id: string
  title: string
  status: string
  categories: ({ handle: string } | null)[] | null
  brand: { id: string; name: string; level: string } | null
  enterprise: {
    name: string
    brand_authorizations: ({ category_handles: string[]; valid_from: string; valid_until: string; revoked_at: string | null; brand: { id: string } | null } | null)[]
  } | null
}

/** Why a published product may not carry its brand, or null when it may. */
export function brandAuthorizationProblem(product: ProductRow, at: Date = new Date()): string | null {
  const brand = product.brand
  if (product.status !== "published" || !brand || brand.level === "enterprise") return null
  if (!product.enterprise) return `"${product.title}" has no enterprise, so it cannot be sold under ${brand.name}`
  const categories = (product.categories ?? []).filter((c) => c !== null).map((c) => c.handle)
  const covered = product.enterprise.brand_authorizations.some(
    (a) => a !== null && a.brand?.id === brand.id && isAuthorizationInForce(a, at) && categories.some((c) => a.category_handles.includes(c))
  )
  return covered
    ? null
    : `"${product.title}" cannot be published under ${brand.name}: ${product.enterprise.name} holds no authorization in force for that brand covering the categories ${categories.join(", ") || "(none)"}`
}

/**
 * The brand rule: a product is published under a regional or county brand only while its
 * enterprise holds an authorization in force for that brand and one of the product's categories.
 * Throws NOT_ALLOWED naming every product that breaks it.
 */
export async function assertBrandAuthorizations(container: MedusaContainer, productIds: string[]): Promise<void> {
  if (productIds.length === 0) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id", "title", "status", "categories.handle", "brand.id", "brand.name", "brand.level", "enterprise.name",
      "enterprise.brand_authorizations.category_handles", "enterprise.brand_authorizations.valid_from",
      "enterprise.brand_authorizations.valid_until", "enterprise.brand_authorizations.revoked_at", "enterprise.brand_authorizations.brand.id",
    ],
    filters: { id: productIds },
  })
  const problems = (data as unknown as ProductRow[]).map((p) => brandAuthorizationProblem(p)).filter((p): p is string => p !== null)
  if (problems.length > 0) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problems.join("; "))
}
