import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ListingSaleProblemCode, ListingSaleState } from "@seleno/domain"
import { codedError } from "../../../lib/coded-error"
import { PRODUCT_HANDLING_MODULE } from "../../../modules/product-handling"
import type ProductHandlingModuleService from "../../../modules/product-handling/service"

export interface ListingSaleInput {
  id: string
  sale_state: ListingSaleState
}

type Moved = { product_id: string; sales_channel_ids: string[]; offline_at: string }

const MESSAGES: Record<ListingSaleProblemCode, string> = {
  listing_not_published: "Only a published listing can be taken offline",
  listing_already_offline: "The listing is already offline",
  listing_not_offline: "The listing is on sale, not offline",
  listing_delete_on_sale: "The listing is on sale; take it offline before deleting it",
  listing_delete_open_orders: "Orders not yet shipped hold units of this listing; keep it offline and delete it once they are shipped",
  cart_product_off_sale: "A product in the cart is no longer on sale",
}

/** A 400 the portal translates. */
export const listingSaleProblem = (code: ListingSaleProblemCode, productId: string) =>
  codedError({ code, params: { product_id: productId }, message: MESSAGES[code] }, MedusaError.Types.NOT_ALLOWED)

const links = (m: Moved): LinkDefinition[] =>
  m.sales_channel_ids.map((id) => ({ [Modules.PRODUCT]: { product_id: m.product_id }, [Modules.SALES_CHANNEL]: { sales_channel_id: id } }))

const handling = (container: MedusaContainer) => container.resolve<ProductHandlingModuleService>(PRODUCT_HANDLING_MODULE)

async function channelsOf(container: MedusaContainer, productId: string): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["sales_channels.id"], filters: { id: productId } })
  return ((data[0] as { sales_channels?: ({ id: string } | null)[] } | undefined)?.sales_channels ?? []).filter((s) => s !== null).map((s) => s.id)
}

async function offline(container: MedusaContainer, m: Moved): Promise<void> {
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links(m))
  await handling(container).setOffline([{ product_id: m.product_id, offline: { at: new Date(m.offline_at), sales_channel_ids: m.sales_channel_ids } }])
}

async function online(container: MedusaContainer, m: Moved): Promise<void> {
  await container.resolve(ContainerRegistrationKeys.LINK).create(links(m))
  await handling(container).setOffline([{ product_id: m.product_id, offline: null }])
}

/**
 * 下架: takes a published listing out of every sales channel it is in (as suspension does, see
 * follow-enterprise-standing.ts) and records which, on the product's handling row; undone on failure.
 */
export const takeListingOfflineStep = createStep(
  "take-listing-offline",
  async (listing: ListingSaleInput, { container }) => {
    if (listing.sale_state === "offline") throw listingSaleProblem("listing_already_offline", listing.id)
    if (listing.sale_state !== "on_sale") throw listingSaleProblem("listing_not_published", listing.id)
    const moved: Moved = { product_id: listing.id, sales_channel_ids: await channelsOf(container, listing.id), offline_at: new Date().toISOString() }
    await offline(container, moved)
    return new StepResponse(moved.offline_at, moved)
  },
  async (moved, { container }) => {
    if (moved) await online(container, moved)
  }
)

/** 上架: puts an offline listing back in exactly the channels it left, without a new review; undone on failure. */
export const putListingBackStep = createStep(
  "put-listing-back-on-sale",
  async (listing: ListingSaleInput, { container }) => {
    if (listing.sale_state !== "offline") throw listingSaleProblem("listing_not_offline", listing.id)
    const [row] = await handling(container).listProductHandlings({ id: listing.id }, { select: ["id", "offline_at", "offline_sales_channel_ids"] })
    const channels = Array.isArray(row?.offline_sales_channel_ids) ? (row.offline_sales_channel_ids as string[]) : []
    const moved: Moved = { product_id: listing.id, sales_channel_ids: channels, offline_at: new Date(row!.offline_at as Date).toISOString() }
    await online(container, moved)
    return new StepResponse(undefined, moved)
  },
  async (moved, { container }) => {
    if (moved) await offline(container, moved)
  }
)
