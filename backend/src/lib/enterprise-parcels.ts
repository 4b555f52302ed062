import { createShippingOptionsWorkflow, createShippingProfilesWorkflow, createStockLocationsWorkflow, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { coldChainReach, findCounty, needsColdChain, placeCity, type TemperatureClass } from "@seleno/domain"
import EnterpriseShippingProfileLink from "../links/enterprise-shipping-profile"
import EnterpriseStockLocationLink from "../links/enterprise-stock-location"
import { ENTERPRISE_MODULE } from "../modules/enterprise"
import type EnterpriseModuleService from "../modules/enterprise/service"

/**
 * The shipping options each parcel offers, by temperature class. Fees are yuan (tax included), the
 * same for every enterprise; the delivery estimate travels in the option's `data`, which Medusa
 * returns with the cart's options (deliveryEstimateOf in @seleno/domain reads it).
 */
export const PARCEL_OPTIONS: Record<TemperatureClass, { name: string; code: string; amount: number; days: [number, number] }[]> = {
  ambient: [
    { name: "标准快递", code: "standard", amount: 10, days: [3, 5] },
    { name: "顺丰特快", code: "express", amount: 22, days: [1, 2] },
  ],
  chilled: [{ name: "顺丰冷链", code: "cold-chain", amount: 30, days: [1, 2] }],
  frozen: [{ name: "冷冻专递", code: "frozen", amount: 35, days: [1, 3] }],
}

const CLASS_LABEL: Record<TemperatureClass, string> = { ambient: "常温", chilled: "冷藏", frozen: "冷冻" }

/** Names Medusa requires to be unique (service zones, fulfillment sets), derived from the enterprise handle. */
const zoneName = (handle: string, zone: "nationwide" | "cold-chain") => `${handle}:${zone}`

interface EnterpriseFacts {
  id: string
  handle: string
  name: string
  county: string
  base: { name: string; location: string | null } | null
}

async function enterpriseFacts(container: MedusaContainer, enterpriseId: string): Promise<EnterpriseFacts> {
  const service = container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  const enterprise = await service.retrieveEnterprise(enterpriseId, { select: ["id", "handle", "name", "county"] })
  const [base] = await service.listEnterpriseBases({ enterprise_id: enterpriseId }, { select: ["name", "location"], take: 1, order: { created_at: "ASC" } })
  return { ...enterprise, base: base ? { name: base.name, location: base.location ?? null } : null }
}

/** The stock location an enterprise ships from (its base), created with its fulfillment set when missing. */
export async function ensureEnterpriseStockLocation(container: MedusaContainer, enterpriseId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: EnterpriseStockLocationLink.entryPoint, fields: ["stock_location_id"], filters: { enterprise_id: enterpriseId } })
  const existing = (data as { stock_location_id: string }[])[0]?.stock_location_id
  if (existing) return existing

  const facts = await enterpriseFacts(container, enterpriseId)
  const place = findCounty(facts.county)
  const province = place?.province.name.zh ?? ""
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  if (!store?.default_sales_channel_id) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The store has no default sales channel; run the seed first")
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: `${facts.name}·${facts.base?.name ?? "仓库"}`,
          address: {
            country_code: "cn",
            province,
            city: place ? placeCity(place, "zh") : "",
            address_1: facts.base?.location ?? place?.county.name.zh ?? facts.county,
          },
        },
      ],
    },
  })
  const locationId = result[0]!.id
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locationId, add: [store.default_sales_channel_id] } })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  // Ambient parcels go nationwide; the cold chain only to the provinces it reaches from the base.
  const set = await fulfillment.createFulfillmentSets({
    name: `${facts.handle}:shipping`,
    type: "shipping",
    service_zones: [
      { name: zoneName(facts.handle, "nationwide"), geo_zones: [{ country_code: "cn", type: "country" }] },
      {
        name: zoneName(facts.handle, "cold-chain"),
        geo_zones: coldChainReach(province).map((p) => ({ country_code: "cn", type: "province" as const, province_code: p })),
      },
    ],
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create([
    { [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
    { [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } },
    { [ENTERPRISE_MODULE]: { enterprise_id: enterpriseId }, [Modules.STOCK_LOCATION]: { stock_location_id: locationId } },
  ])
  return locationId
}

/**
 * The shipping profile of an enterprise's parcel at one temperature, created on first use with its
 * shipping options (ambient ones in the nationwide zone, cold-chain ones in the cold-chain zone).
 * The profile's `type` is the temperature class (temperatureClassOfProfileType reads it back).
 * Idempotent: running it again returns the same profile and creates nothing.
 */
export async function ensureEnterpriseParcel(container: MedusaContainer, enterpriseId: string, temperatureClass: TemperatureClass): Promise<{ shippingProfileId: string; stockLocationId: string }> {
  const stockLocationId = await ensureEnterpriseStockLocation(container, enterpriseId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: EnterpriseShippingProfileLink.entryPoint, fields: ["shipping_profile_id"], filters: { enterprise_id: enterpriseId } })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const linkedIds = (links as { shipping_profile_id: string }[]).map((l) => l.shipping_profile_id)
  if (linkedIds.length) {
    const [profile] = await fulfillment.listShippingProfiles({ id: linkedIds, type: temperatureClass }, { select: ["id"] })
    if (profile) return { shippingProfileId: profile.id, stockLocationId }
  }

  const facts = await enterpriseFacts(container, enterpriseId)
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: `${facts.name}·${CLASS_LABEL[temperatureClass]}`, type: temperatureClass }] },
  })
  const shippingProfileId = result[0]!.id
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [ENTERPRISE_MODULE]: { enterprise_id: enterpriseId },
    [Modules.FULFILLMENT]: { shipping_profile_id: shippingProfileId },
  })
  const [zone] = await fulfillment.listServiceZones({ name: zoneName(facts.handle, needsColdChain(temperatureClass) ? "cold-chain" : "nationwide") }, { select: ["id"] })
  if (!zone) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The service zones of ${facts.handle} are missing`)
  const regions = await container.resolve(Modules.REGION).listRegions({ currency_code: "cny" }, { select: ["id"] })
  await createShippingOptionsWorkflow(container).run({
    input: PARCEL_OPTIONS[temperatureClass].map((o) => ({
      name: o.name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: zone.id,
      shipping_profile_id: shippingProfileId,
      type: { label: o.name, description: `${o.days[0]}–${o.days[1]} 天送达`, code: o.code },
      data: { delivery_min_days: o.days[0], delivery_max_days: o.days[1] },
      prices: [{ currency_code: "cny", amount: o.amount }, ...regions.map((r) => ({ region_id: r.id, amount: o.amount }))],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })),
  })
  return { shippingProfileId, stockLocationId }
}
