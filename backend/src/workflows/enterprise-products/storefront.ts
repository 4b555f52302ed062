import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import EnterpriseStockLocationLink from "../../links/enterprise-stock-location"
import ProductEnterpriseLink from "../../links/product-enterprise"

/** Where an enterprise's products are sold from: the store's sales channel, its warehouse and shipping profile. */
export interface Storefront {
  salesChannelId: string
  stockLocationId: string
  shippingProfileId: string
}

/**
 * Read from the store's settings rather than by seed names, so that renaming the channel or
 * warehouse in the admin does not strand new listings.
 */
export async function storefrontOf(container: MedusaContainer): Promise<Storefront> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"] })
  const salesChannelId = store?.default_sales_channel_id
  if (!salesChannelId) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The store has no default sales channel; run the seed first")
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: salesChannelId },
  })
  const stockLocationId = (data[0] as { stock_locations?: ({ id: string } | null)[] } | undefined)?.stock_locations?.find((l) => l)?.id
  if (!stockLocationId) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The store's sales channel has no stock location")
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { select: ["id"] })
  if (!profile) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "There is no default shipping profile")
  return { salesChannelId, stockLocationId, shippingProfileId: profile.id }
}

/**
 * Where a listing's stock is kept: its enterprise's own base (links/enterprise-stock-location), or
 * the store's warehouse for a product no enterprise with a base owns.
 */
export async function stockLocationOfProduct(container: MedusaContainer, productId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: ProductEnterpriseLink.entryPoint, fields: ["enterprise_id"], filters: { product_id: productId } })
  const enterpriseId = (data as { enterprise_id: string }[])[0]?.enterprise_id
  if (enterpriseId) {
    const { data: links } = await query.graph({ entity: EnterpriseStockLocationLink.entryPoint, fields: ["stock_location_id"], filters: { enterprise_id: enterpriseId } })
    const own = (links as { stock_location_id: string }[])[0]?.stock_location_id
    if (own) return own
  }
  return (await storefrontOf(container)).stockLocationId
}
