import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { BRANDS, PRODUCT_FACT_KEYS, toMedusaLocale, type BrandSeed } from "@seleno/domain"
import { BRAND_MODULE } from "../modules/brand"
import type BrandModuleService from "../modules/brand/service"

/** Creates the brand catalogue from @seleno/domain (parents first) and links seeded products to their brand. */
export async function seedBrands(container: MedusaContainer): Promise<{ created: number; linked: number }> {
  const brands = container.resolve<BrandModuleService>(BRAND_MODULE)
  const existing = await brands.listBrands({ handle: BRANDS.map((b) => b.handle) }, { select: ["id", "handle"] })
  const ids = new Map(existing.map((b) => [b.handle, b.id]))

  let created = 0
  for (const level of ["regional", "county", "enterprise"] as const) {
    const missing = BRANDS.filter((b) => b.level === level && !ids.has(b.handle))
    if (missing.length === 0) continue
    const rows = await brands.createBrands(missing.map((b) => toBrandRow(b, ids)))
    for (const row of rows) ids.set(row.handle, row.id)
    await translateBrands(container, rows, missing)
    created += rows.length
  }
  return { created, linked: await linkProducts(container, ids) }
}

function toBrandRow(seed: BrandSeed, ids: Map<string, string>) {
  return {
    handle: seed.handle,
    name: seed.name.zh,
    story: seed.story?.zh ?? null,
    level: seed.level,
    mark_type: seed.markType,
    region: seed.region,
    counties: seed.counties,
    parent_id: seed.parent ? (ids.get(seed.parent) ?? null) : null,
  }
}

async function translateBrands(container: MedusaContainer, rows: { id: string; handle: string }[], seeds: readonly BrandSeed[]) {
  const translations = rows.map((row) => {
    const seed = seeds.find((s) => s.handle === row.handle) as BrandSeed
    const fields: Record<string, string> = { name: seed.name.en }
    if (seed.story) fields.story = seed.story.en
    return { reference: "brand", reference_id: row.id, locale_code: toMedusaLocale("en"), translations: fields }
  })
  await createTranslationsWorkflow(container).run({ input: { translations } })
}

/** Links each product whose metadata names a brand handle, unless it already has a brand. */
async function linkProducts(container: MedusaContainer, brandIds: Map<string, string>): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "metadata", "brand.id"] })
  const links = products.flatMap((product) => {
    const handle = (product.metadata as Record<string, unknown> | null)?.[PRODUCT_FACT_KEYS.brand]
    const brandId = typeof handle === "string" ? brandIds.get(handle) : undefined
    if (!brandId || (product as { brand?: { id: string } | null }).brand) return []
    return [{ [Modules.PRODUCT]: { product_id: product.id }, [BRAND_MODULE]: { brand_id: brandId } }]
  })
  if (links.length > 0) await container.resolve(ContainerRegistrationKeys.LINK).create(links)
  return links.length
}
