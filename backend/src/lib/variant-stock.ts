import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stockFigures, type StockFigures } from "@seleno/domain"

/**
 * Stocked, reserved and sellable of variants, read from Medusa's inventory module through Query:
 * each variant's inventory items and their levels (reserved_quantity is what the module's
 * reservation items hold there: open orders not yet shipped, carts being completed).
 */
export interface VariantStockRow extends StockFigures {
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string
  sku: string | null
}

type Graph = {
  id: string
  title: string
  sku: string | null
  product_id: string
  product?: { title?: string | null } | null
  inventory_items?: ({ required_quantity?: unknown; inventory?: { location_levels?: ({ stocked_quantity?: unknown; reserved_quantity?: unknown } | null)[] | null } | null } | null)[] | null
}

export async function variantStock(container: MedusaContainer, variantIds: string[]): Promise<Map<string, VariantStockRow>> {
  if (!variantIds.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "product_id",
      "product.title",
      "inventory_items.required_quantity",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: variantIds },
  })
  return new Map(
    (data as unknown as Graph[]).map((v) => {
      const levels = (v.inventory_items ?? []).flatMap((i) => i?.inventory?.location_levels ?? [])
      return [v.id, { variant_id: v.id, product_id: v.product_id, product_title: v.product?.title ?? "", variant_title: v.title, sku: v.sku ?? null, ...stockFigures(levels) }]
    })
  )
}
