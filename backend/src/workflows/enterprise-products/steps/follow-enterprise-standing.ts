import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENTERPRISE_MODULE } from "../../../modules/enterprise"
import type EnterpriseModuleService from "../../../modules/enterprise/service"
import { ownProductIds } from "../own-products"

/** Product metadata key: the sales channels a product was taken out of when its enterprise was suspended. */
export const DELISTED_KEY = "delisted_sales_channel_ids"

type Listed = { product_id: string; sales_channel_ids: string[] }

const channelLinks = (rows: Listed[]): LinkDefinition[] =>
  rows.flatMap((r) => r.sales_channel_ids.map((id) => ({ [Modules.PRODUCT]: { product_id: r.product_id }, [Modules.SALES_CHANNEL]: { sales_channel_id: id } })))

async function productsOf(container: MedusaContainer, enterpriseId: string) {
  const ids = await ownProductIds(container, enterpriseId)
  if (ids.length === 0) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "metadata", "sales_channels.id"],
    filters: { id: ids },
  })
  return data as unknown as { id: string; metadata: Record<string, unknown> | null; sales_channels?: ({ id: string } | null)[] }[]
}

/** Takes the products out of their sales channels and remembers which, in the product's metadata. */
async function delist(container: MedusaContainer, rows: Listed[], metadata: Map<string, Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return
  // Links first: the metadata update emits product.updated, which re-reads the channels for search.
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss(channelLinks(rows))
  await container.resolve(Modules.PRODUCT).upsertProducts(
    rows.map((r) => ({ id: r.product_id, metadata: { ...metadata.get(r.product_id), [DELISTED_KEY]: r.sales_channel_ids } }))
  )
}

/** Puts the products back where they were listed and forgets the memory (null: metadata updates may merge). */
async function relist(container: MedusaContainer, rows: Listed[], metadata: Map<string, Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return
  await container.resolve(ContainerRegistrationKeys.LINK).create(channelLinks(rows))
  await container.resolve(Modules.PRODUCT).upsertProducts(rows.map((r) => ({ id: r.product_id, metadata: { ...metadata.get(r.product_id), [DELISTED_KEY]: null } })))
}

export interface StandingChange {
  id: string
  status?: "pending" | "active" | "rejected" | "suspended"
}

type Moved = { action: "delisted" | "relisted"; rows: Listed[]; metadata: [string, Record<string, unknown>][] }

/**
 * Suspension takes an enterprise's products out of every sales channel at once, so the store, its
 * search and carts stop offering them; reinstatement (back to active) puts back exactly those.
 * Runs before the enterprise's status is written, reading the standing it changes from.
 */
export const followEnterpriseStandingStep = createStep(
  "follow-enterprise-standing-in-sales-channels",
  async (input: StandingChange, { container }) => {
    const nothing = new StepResponse<string[], Moved | null>([], null)
    if (!input.status) return nothing
    const enterprise = await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).retrieveEnterprise(input.id, { select: ["id", "status"] })
    const suspending = input.status === "suspended" && enterprise.status !== "suspended"
    const reinstating = input.status === "active" && enterprise.status === "suspended"
    if (!suspending && !reinstating) return nothing

    const products = await productsOf(container, input.id)
    const metadata = new Map(products.map((p) => [p.id, p.metadata ?? {}]))
    const rows: Listed[] = suspending
      ? products.map((p) => ({ product_id: p.id, sales_channel_ids: (p.sales_channels ?? []).filter((s) => s !== null).map((s) => s.id) }))
      : products.map((p) => ({ product_id: p.id, sales_channel_ids: Array.isArray(p.metadata?.[DELISTED_KEY]) ? (p.metadata![DELISTED_KEY] as string[]) : [] }))
    const moving = rows.filter((r) => r.sales_channel_ids.length > 0)
    if (suspending) await delist(container, moving, metadata)
    else await relist(container, moving, metadata)
    const moved: Moved = { action: suspending ? "delisted" : "relisted", rows: moving, metadata: [...metadata] }
    return new StepResponse<string[], Moved | null>(moving.map((r) => r.product_id), moved)
  },
  async (moved, { container }) => {
    if (!moved) return
    const metadata = new Map(moved.metadata)
    // Undo: the metadata captured before the step is written back as it was.
    if (moved.action === "delisted") {
      await container.resolve(ContainerRegistrationKeys.LINK).create(channelLinks(moved.rows))
    } else {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss(channelLinks(moved.rows))
    }
    await container.resolve(Modules.PRODUCT).upsertProducts(moved.rows.map((r) => ({ id: r.product_id, metadata: metadata.get(r.product_id) ?? {} })))
  }
)
