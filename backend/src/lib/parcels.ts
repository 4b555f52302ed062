import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import EnterpriseShippingProfileLink from "../links/enterprise-shipping-profile"

/**
 * The enterprise that ships under each shipping option: option → shipping profile → enterprise
 * (links/enterprise-shipping-profile). Options of a profile no enterprise owns are left out.
 */
export async function enterpriseByShippingOption(container: MedusaContainer, optionIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(optionIds.filter(Boolean))]
  if (!ids.length) return new Map()
  const options = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ id: ids }, { select: ["id", "shipping_profile_id"] })
  const profileIds = [...new Set(options.map((o) => o.shipping_profile_id).filter((id): id is string => !!id))]
  if (!profileIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: EnterpriseShippingProfileLink.entryPoint,
    fields: ["enterprise_id", "shipping_profile_id"],
    filters: { shipping_profile_id: profileIds },
  })
  const enterpriseByProfile = new Map((data as { enterprise_id: string; shipping_profile_id: string }[]).map((l) => [l.shipping_profile_id, l.enterprise_id]))
  const result = new Map<string, string>()
  for (const option of options) {
    const enterprise = option.shipping_profile_id ? enterpriseByProfile.get(option.shipping_profile_id) : undefined
    if (enterprise) result.set(option.id, enterprise)
  }
  return result
}
