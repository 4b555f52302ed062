import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKETING_MODULE } from "../../modules/marketing"
import type MarketingModuleService from "../../modules/marketing/service"
import { type ProductOwner, productOwners } from "./products"

/** The enterprises among `enterpriseIds` that accept enterprise-funded discounts. */
export async function consentingEnterprises(container: MedusaContainer, enterpriseIds: readonly string[]): Promise<Set<string>> {
  const ids = [...new Set(enterpriseIds)]
  if (!ids.length) return new Set()
  const rows = await container.resolve<MarketingModuleService>(MARKETING_MODULE).listDiscountConsents({ enterprise_id: ids, accepts_enterprise_funded: true })
  return new Set(rows.map((r) => r.enterprise_id))
}

/** The first product whose enterprise has not opted in, or null: the platform's own products need no consent. */
export async function firstWithoutConsent(container: MedusaContainer, productIds: readonly string[]): Promise<ProductOwner | null> {
  const owners = await productOwners(container, productIds)
  const enterpriseIds = [...owners.values()].flatMap((o) => (o.enterprise ? [o.enterprise.id] : []))
  const consenting = await consentingEnterprises(container, enterpriseIds)
  for (const id of productIds) {
    const owner = owners.get(id)
    if (owner?.enterprise && !consenting.has(owner.enterprise.id)) return owner
  }
  return null
}

/**
 * Refuses an enterprise-funded discount on a product whose enterprise has not opted in (in the
 * portal, 折扣出资), naming the enterprise and the product so staff know whom to ask.
 */
export async function assertConsent(container: MedusaContainer, named: readonly { field: string; id: string }[]): Promise<void> {
  const owner = await firstWithoutConsent(container, named.map((n) => n.id))
  if (!owner?.enterprise) return
  const field = named.find((n) => n.id === owner.product_id)?.field ?? "products"
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${field}: ${owner.enterprise.name} has not agreed to fund discounts on its products, so ${owner.product_title} (${owner.product_id}) cannot join an enterprise-funded discount; make it platform-funded or ask the enterprise to opt in in its portal`
  )
}
