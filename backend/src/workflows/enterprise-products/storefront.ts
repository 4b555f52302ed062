import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

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
