import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { TemperatureClass } from "@seleno/domain"
import { ensureEnterpriseParcel } from "../lib/enterprise-parcels"
import { ENTERPRISE_MODULE } from "../modules/enterprise"
import type EnterpriseModuleService from "../modules/enterprise/service"
import { PRODUCT_HANDLING_MODULE } from "../modules/product-handling"
import type ProductHandlingModuleService from "../modules/product-handling/service"
import { SEED_PRODUCTS } from "./catalogue-data"
import { SEED_ENTERPRISES } from "./enterprise-data"

/**
 * How the seeded products travel. Fresh meat and fish need the cold chain and are perishable.
 * Oranges and eggs are fresh produce, so perishable (no 7-day no-reason return), but they travel
 * ambient in ordinary boxes as they do in China's e-commerce. Teas, rice, konjac, water, walnuts,
 * dried fruit and mushrooms, smoked fish and cured pork keep for months: ambient, not perishable.
 * Products not listed are ambient and not perishable.
 */
export const SEED_HANDLING: Record<string, { temperature_class: TemperatureClass; perishable: boolean }> = {
  "ankang-forest-pork": { temperature_class: "chilled", perishable: true },
  "hanjiang-bighead-carp": { temperature_class: "chilled", perishable: true },
  "gannan-navel-orange": { temperature_class: "ambient", perishable: true },
  "xunwu-navel-orange": { temperature_class: "ambient", perishable: true },
  "gannan-free-range-eggs": { temperature_class: "ambient", perishable: true },
}

export const handlingOf = (handle: string) => SEED_HANDLING[handle] ?? { temperature_class: "ambient" as const, perishable: false }

/**
 * Each seeded enterprise ships its own parcels from its base: a stock location with its products'
 * stock, and one shipping profile per temperature class it sells (lib/enterprise-parcels). Runs after
 * the enterprises and products exist; safe to run again (it only adds what is missing).
 */
export async function seedParcels(container: MedusaContainer): Promise<{ moved: number }> {
  const enterprises = await container
    .resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    .listEnterprises({ handle: SEED_ENTERPRISES.map((e) => e.handle) }, { select: ["id", "handle"] })
  const idOf = new Map(enterprises.map((e) => [e.handle, e.id]))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "shipping_profile.id", "variants.sku", "variants.inventory_items.inventory_item_id"],
    filters: { handle: SEED_ENTERPRISES.flatMap((e) => e.products) },
  })
  const byHandle = new Map((products as SeededProduct[]).map((p) => [p.handle, p]))

  const profileChanges: { productId: string; from?: string; to: string }[] = []
  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  for (const seed of SEED_ENTERPRISES) {
    const enterpriseId = idOf.get(seed.handle)
    if (!enterpriseId) continue
    for (const handle of seed.products) {
      const product = byHandle.get(handle)
      if (!product) continue
      const { shippingProfileId, stockLocationId } = await ensureEnterpriseParcel(container, enterpriseId, handlingOf(handle).temperature_class)
      if (product.shipping_profile?.id !== shippingProfileId) profileChanges.push({ productId: product.id, from: product.shipping_profile?.id, to: shippingProfileId })
      levels.push(...(await missingLevels(container, product, handle, stockLocationId)))
    }
  }
  await moveToProfiles(container, profileChanges)
  if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  await container.resolve<ProductHandlingModuleService>(PRODUCT_HANDLING_MODULE).setPerishable(
    (products as SeededProduct[]).map((p) => ({ product_id: p.id, perishable: handlingOf(p.handle).perishable }))
  )
  return { moved: profileChanges.length }
}

interface SeededProduct {
  id: string
  handle: string
  shipping_profile?: { id: string } | null
  variants?: { sku?: string | null; inventory_items?: { inventory_item_id: string }[] }[]
}

/** Stock of the product's variants at the enterprise's location, from the catalogue data, where none is yet. */
async function missingLevels(container: MedusaContainer, product: SeededProduct, handle: string, locationId: string) {
  const seed = SEED_PRODUCTS.find((p) => p.handle === handle)
  const stockBySku = new Map((seed?.variants ?? []).map((v, i) => [`${handle}-${i + 1}`.toUpperCase(), v.stock]))
  const itemIds = (product.variants ?? []).flatMap((v) => (v.inventory_items ?? []).map((i) => ({ id: i.inventory_item_id, sku: v.sku ?? "" })))
  if (!itemIds.length) return []
  const existing = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemIds.map((i) => i.id), location_id: locationId }, { select: ["inventory_item_id"] })
  const stocked = new Set(existing.map((l) => l.inventory_item_id))
  return itemIds.filter((i) => !stocked.has(i.id)).map((i) => ({ inventory_item_id: i.id, location_id: locationId, stocked_quantity: stockBySku.get(i.sku) ?? 0 }))
}

/**
 * A product has exactly one shipping profile: swap Medusa's product ↔ profile link (first remove,
 * then add; a product update would re-run the listing hooks on products not yet certified).
 */
async function moveToProfiles(container: MedusaContainer, changes: { productId: string; from?: string; to: string }[]) {
  if (!changes.length) return
  const links = container.resolve(ContainerRegistrationKeys.LINK)
  const link = (productId: string, profileId: string) => ({ [Modules.PRODUCT]: { product_id: productId }, [Modules.FULFILLMENT]: { shipping_profile_id: profileId } })
  const old = changes.filter((c) => c.from).map((c) => link(c.productId, c.from!))
  if (old.length) await links.dismiss(old)
  await links.create(changes.map((c) => link(c.productId, c.to)))
}
