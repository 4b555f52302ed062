import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type SaleCart = { sales_channel_id?: string | null; items?: ({ product_id?: string | null; product?: { id?: string | null } | null; product_title?: string | null; title?: string | null } | null)[] | null }

/**
 * The first cart line whose product is no longer offered in the cart's sales channel: taken offline
 * by its enterprise (下架), its enterprise suspended, or deleted. Medusa's cart completion checks only
 * that the stock location serves the channel, not the product, so this is checked here.
 */
export async function lineOffSale(container: MedusaContainer, cart: SaleCart): Promise<{ product_id: string; title: string } | undefined> {
  const lines = (cart.items ?? []).flatMap((i) => {
    const id = i?.product_id ?? i?.product?.id
    return i && id ? [{ product_id: id, title: i.product_title ?? i.title ?? id }] : []
  })
  if (!lines.length || !cart.sales_channel_id) return undefined
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "sales_channels.id"],
    filters: { id: [...new Set(lines.map((l) => l.product_id))] },
  })
  const offered = new Set(
    (data as { id: string; sales_channels?: ({ id: string } | null)[] }[])
      .filter((p) => (p.sales_channels ?? []).some((s) => s?.id === cart.sales_channel_id))
      .map((p) => p.id)
  )
  return lines.find((l) => !offered.has(l.product_id))
}
