import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MEDUSA_DEFAULT_LOCALE, MEDUSA_STORE_LOCALES } from "@seleno/domain"
import { STRIPE_PROVIDER_IDS } from "../modules/stripe-payments/settings"

export const STORE_NAMES = {
  salesChannel: "Seleno 网上商城",
  publishableKey: "Seleno Storefront",
  region: "中国大陆",
  stockLocation: "安康富硒产品仓",
  fulfillmentSet: "中国大陆配送",
  shippingProfile: "默认",
} as const

export interface StoreSetup {
  salesChannelId: string
  regionId: string
  stockLocationId: string
  shippingProfileId: string
  publishableKey: string
}

/** Creates (once) everything a shop needs before products: region, channel, key, warehouse, shipping. */
export async function seedStore(container: MedusaContainer): Promise<StoreSetup> {
  const salesChannelId = await ensureSalesChannel(container)
  await ensureStoreSettings(container, salesChannelId)
  const regionId = await ensureRegion(container)
  await ensureRegionPaymentProviders(container, regionId)
  const publishableKey = await ensurePublishableKey(container, salesChannelId)
  const stockLocationId = await ensureStockLocation(container, salesChannelId)
  const shippingProfileId = await ensureShipping(container, stockLocationId, regionId)
  return { salesChannelId, regionId, stockLocationId, shippingProfileId, publishableKey }
}

async function ensureSalesChannel(container: MedusaContainer): Promise<string> {
  const service = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await service.listSalesChannels({ name: STORE_NAMES.salesChannel })
  if (existing) return existing.id
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: STORE_NAMES.salesChannel, description: "富硒认证产品线上销售渠道" }] },
  })
  return result[0]!.id
}

async function ensureStoreSettings(container: MedusaContainer, salesChannelId: string): Promise<void> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies", "supported_locales"] })
  if (!store) throw new Error("Medusa created no store: run the migrations first")
  const locales = (store.supported_locales ?? []).map((l) => l.locale_code).sort()
  const currencies = (store.supported_currencies ?? []).map((c) => c.currency_code)
  const settled =
    store.name === "硒诺 Seleno" &&
    store.default_sales_channel_id === salesChannelId &&
    currencies.length === 1 && currencies[0] === "cny" &&
    JSON.stringify(locales) === JSON.stringify([...MEDUSA_STORE_LOCALES].sort())
  if (settled) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "硒诺 Seleno",
        default_sales_channel_id: salesChannelId,
        supported_currencies: [{ currency_code: "cny", is_default: true, is_tax_inclusive: true }],
        // zh-CN first: it is the storefront's default and the language of the stored titles.
        supported_locales: [MEDUSA_DEFAULT_LOCALE, ...MEDUSA_STORE_LOCALES.filter((l) => l !== MEDUSA_DEFAULT_LOCALE)].map((locale_code) => ({ locale_code })),
      },
    },
  })
}

async function ensureRegion(container: MedusaContainer): Promise<string> {
  const [existing] = await container.resolve(Modules.REGION).listRegions({ name: STORE_NAMES.region })
  if (existing) return existing.id
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: STORE_NAMES.region,
          currency_code: "cny",
          countries: ["cn"],
          payment_providers: ["pp_system_default"],
          is_tax_inclusive: true,
          automatic_taxes: true,
        },
      ],
    },
  })
  // Farm produce carries 9% VAT in China; prices already include it.
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "cn", provider_id: "tp_system", default_tax_rate: { rate: 9, code: "CN-VAT-9", name: "增值税 9%" } }],
  })
  return result[0]!.id
}

/**
 * The region offers the system provider always and the Stripe ones (card, Alipay, WeChat Pay)
 * whenever they are registered, i.e. STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET are set. Only adds:
 * a provider the region already offers stays, so running the seed again changes nothing.
 */
async function ensureRegionPaymentProviders(container: MedusaContainer, regionId: string): Promise<void> {
  const registered = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: STRIPE_PROVIDER_IDS, is_enabled: true })
  const wanted = ["pp_system_default", ...STRIPE_PROVIDER_IDS.filter((id) => registered.some((p) => p.id === id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["payment_providers.id"], filters: { id: regionId } })
  const offered = (data[0]?.payment_providers ?? []).flatMap((p: { id: string } | null) => (p ? [p.id] : []))
  const missing = wanted.filter((id) => !offered.includes(id))
  if (missing.length === 0) return
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: regionId }, update: { payment_providers: [...offered, ...missing] } },
  })
}

async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const apiKeys = container.resolve(Modules.API_KEY)
  const keys = await apiKeys.listApiKeys({ title: STORE_NAMES.publishableKey, type: "publishable" })
  let key = keys.find((k) => !k.revoked_at)
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: STORE_NAMES.publishableKey, type: "publishable", created_by: "seed" }] },
    })
    key = result[0]!
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: key.id },
  })
  const linked = (data[0]?.sales_channels ?? []).some((sc: { id: string } | null) => sc?.id === salesChannelId)
  if (!linked) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  }
  return key.token
}

async function ensureStockLocation(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const [existing] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: STORE_NAMES.stockLocation })
  if (existing) return existing.id
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: STORE_NAMES.stockLocation,
          address: { country_code: "cn", province: "陕西省", city: "安康市", address_1: "汉滨区富硒产业园", postal_code: "725000" },
        },
      ],
    },
  })
  const location = result[0]!
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  return location.id
}

async function ensureShipping(container: MedusaContainer, stockLocationId: string, regionId: string): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  let profileId = profile?.id
  if (!profileId) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: STORE_NAMES.shippingProfile, type: "default" }] },
    })
    profileId = result[0]!.id
  }
  const [existingSet] = await fulfillment.listFulfillmentSets({ name: STORE_NAMES.fulfillmentSet })
  if (existingSet) return profileId

  const set = await fulfillment.createFulfillmentSets({
    name: STORE_NAMES.fulfillmentSet,
    type: "shipping",
    service_zones: [{ name: "中国大陆", geo_zones: [{ country_code: "cn", type: "country" }] }],
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
  })
  const serviceZoneId = set.service_zones[0]!.id
  const option = (name: string, code: string, label: string, description: string, amount: number) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: serviceZoneId,
    shipping_profile_id: profileId,
    type: { label, description, code },
    prices: [
      { currency_code: "cny", amount },
      { region_id: regionId, amount },
    ],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      option("标准快递", "standard", "标准快递", "3–5 天送达", 10),
      option("顺丰特快", "express", "顺丰特快", "1–2 天送达", 22),
    ],
  })
  return profileId
}
