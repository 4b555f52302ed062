import type { IProductModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { brandLineage, fundingTagValues, isManagedTag } from "@seleno/domain"
import { consentingEnterprises } from "./consent"
import { queryOf } from "./products"

/** The ids of product tags with these values, creating the missing ones. */
export async function tagIdsFor(container: MedusaContainer, values: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(values)]
  if (!wanted.length) return new Map()
  const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
  const existing = await products.listProductTags({ value: wanted }, { select: ["id", "value"] })
  const byValue = new Map(existing.map((t) => [t.value, t.id]))
  const missing = wanted.filter((v) => !byValue.has(v))
  for (const value of missing) {
    try {
      const [tag] = await products.createProductTags([{ value }])
      byValue.set(value, tag!.id)
    } catch (error) {
      // Products created together (the seed, a bulk import) sync at once: another run may have
      // just created this tag. Then it exists; anything else is a real failure.
      const [tag] = await products.listProductTags({ value }, { select: ["id", "value"] })
      if (!tag) throw error
      byValue.set(value, tag.id)
    }
  }
  return byValue
}

async function allBrands(container: MedusaContainer): Promise<Map<string, { handle: string; parent_id: string | null }>> {
  const { data } = await queryOf(container).graph({ entity: "brand", fields: ["id", "handle", "parent_id"] })
  return new Map(data.map((b) => [b.id as string, { handle: b.handle as string, parent_id: (b.parent_id as string | null) ?? null }]))
}

interface ProductRow {
  id: string
  tags?: ({ id: string; value: string } | null)[] | null
  brand?: { id: string } | null
  enterprise?: { id: string } | null
}

/**
 * Gives each product the tags Medusa promotion rules target: `brand:<handle>` for its brand and
 * every parent brand, and the consent tag when its enterprise accepts enterprise-funded discounts
 * (or it has no enterprise). Other tags are kept. Writes only when something differs, so the
 * product.updated event it causes finds nothing more to do. Returns the ids of products changed.
 */
export async function syncFundingTags(container: MedusaContainer, productIds?: readonly string[]): Promise<string[]> {
  // One sync at a time: product.created and product.claims_changed arrive together for the same
  // product, and two runs that both see a tag missing would both add it (a duplicate pivot row).
  return container.resolve(Modules.LOCKING).execute("funding-tags", () => syncFundingTagsNow(container, productIds), { timeout: 30 })
}

async function syncFundingTagsNow(container: MedusaContainer, productIds?: readonly string[]): Promise<string[]> {
  const { data } = await queryOf(container).graph({
    entity: "product",
    fields: ["id", "tags.id", "tags.value", "brand.id", "enterprise.id"],
    ...(productIds ? { filters: { id: [...new Set(productIds)] } } : {}),
  })
  const rows = data as unknown as ProductRow[]
  if (!rows.length) return []
  const brands = await allBrands(container)
  const consenting = await consentingEnterprises(container, rows.flatMap((r) => (r.enterprise?.id ? [r.enterprise.id] : [])))
  const wanted = new Map(
    rows.map((row) => [row.id, fundingTagValues(row.brand?.id ? brandLineage(row.brand.id, brands) : [], !row.enterprise?.id || consenting.has(row.enterprise.id))])
  )
  const tagIds = await tagIdsFor(container, [...wanted.values()].flat())
  const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
  const changed: string[] = []
  for (const row of rows) {
    const current = (row.tags ?? []).filter((t): t is { id: string; value: string } => !!t)
    const managed = current.filter((t) => isManagedTag(t.value)).map((t) => t.value).sort()
    const target = [...wanted.get(row.id)!].sort()
    if (managed.join("\n") === target.join("\n")) continue
    const kept = current.filter((t) => !isManagedTag(t.value)).map((t) => t.id)
    await products.updateProducts(row.id, { tag_ids: [...kept, ...target.map((v) => tagIds.get(v)!)] })
    changed.push(row.id)
  }
  return changed
}

/** Products of these enterprises, for re-tagging when an enterprise's consent changes. */
export async function productIdsOfEnterprise(container: MedusaContainer, enterpriseId: string): Promise<string[]> {
  const { data } = await queryOf(container).graph({ entity: "enterprise", fields: ["id", "products.id"], filters: { id: enterpriseId } })
  return ((data[0]?.products as ({ id: string } | null)[] | null) ?? []).flatMap((p) => (p ? [p.id] : []))
}
