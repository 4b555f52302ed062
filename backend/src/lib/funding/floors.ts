import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { belowFloorProblem } from "@seleno/domain"
import { loadVariantPricing } from "../marketing/live-session-prices"
import { MARKETING_MODULE } from "../../modules/marketing"
import type MarketingModuleService from "../../modules/marketing/service"
import { consentingEnterprises } from "./consent"
import { variantOwners } from "./products"

/** The floor (yuan) set for each variant that has one. */
export async function floorsByVariant(container: MedusaContainer, variantIds: readonly string[]): Promise<Map<string, number>> {
  const ids = [...new Set(variantIds)]
  if (!ids.length) return new Map()
  const rows = await container.resolve<MarketingModuleService>(MARKETING_MODULE).listPriceFloors({ variant_id: ids })
  return new Map(rows.map((r) => [r.variant_id, Number(r.amount)]))
}

export interface ProposedPrice {
  /** Where the price sits in the request body, for the message. */
  field: string
  variant_id: string
  amount: number
  currency_code?: string | null
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Refuses any CNY price below its variant's floor, naming the variant, its product and the floor. */
export async function assertAboveFloors(container: MedusaContainer, prices: readonly ProposedPrice[]): Promise<void> {
  const cny = prices.filter((p) => !p.currency_code || p.currency_code.toLowerCase() === "cny")
  const floors = await floorsByVariant(container, cny.map((p) => p.variant_id))
  if (!floors.size) return
  const owners = await variantOwners(container, [...floors.keys()])
  for (const price of cny) {
    const floor = floors.get(price.variant_id)
    if (!belowFloorProblem(price.amount, floor)) continue
    const owner = owners.get(price.variant_id)
    throw refuse(
      `${price.field}: ¥${price.amount} is below the floor price ¥${floor} that ${owner?.enterprise?.name ?? "the enterprise"} set for ${owner?.product_title ?? "this product"} (${price.variant_id})`
    )
  }
}

/**
 * A price list bypasses our campaigns, so settlement counts what it charges against the enterprise:
 * on an enterprise's variant, a CNY price-list price below the regular price is refused unless the
 * enterprise has opted in to enterprise-funded discounts, and never below its floor. Prices at or
 * above the regular price (and the platform's own products) pass.
 */
export async function assertPriceListPricesAllowed(container: MedusaContainer, prices: readonly ProposedPrice[]): Promise<void> {
  const cny = prices.filter((p) => !p.currency_code || p.currency_code.toLowerCase() === "cny")
  if (!cny.length) return
  await assertAboveFloors(container, cny)
  const [owners, pricing] = await Promise.all([variantOwners(container, cny.map((p) => p.variant_id)), loadVariantPricing(container, cny.map((p) => p.variant_id))])
  const consenting = await consentingEnterprises(container, [...owners.values()].flatMap((o) => (o.enterprise ? [o.enterprise.id] : [])))
  for (const price of cny) {
    const owner = owners.get(price.variant_id)
    if (!owner?.enterprise || consenting.has(owner.enterprise.id)) continue
    const regular = pricing.get(price.variant_id)?.regular
    if (regular !== undefined && Math.round(price.amount * 100) >= Math.round(regular * 100)) continue
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${price.field}: ${owner.enterprise.name} has not agreed to discounts on its products, so ${owner.product_title} (${price.variant_id}) cannot be priced at ¥${price.amount}${regular !== undefined ? ` (regular ¥${regular})` : ""} by a price list; use a platform-funded live session or ask the enterprise to opt in in its portal`
    )
  }
}
