import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findCounty, needsColdChain, PRODUCT_FACT_KEYS, type TemperatureClass } from "@seleno/domain"
import { ensureEnterpriseParcel } from "../../lib/enterprise-parcels"
import { PRODUCT_HANDLING_MODULE } from "../../modules/product-handling"
import type ProductHandlingModuleService from "../../modules/product-handling/service"
import { PRODUCT_CLAIMS_CHANGED } from "../../lib/events"
import { BRAND_MODULE } from "../../modules/brand"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import { ENTERPRISE_MODULE } from "../../modules/enterprise"
import type EnterpriseModuleService from "../../modules/enterprise/service"
import { freeHandle } from "./handle"
import { storefrontOf } from "./storefront"
import { checkListingClaimsStep } from "./steps/check-listing-claims"
import { setEnglishStep, type EnglishText } from "./steps/set-english"

export interface EnterpriseProductVariantInput {
  title: string
  title_en?: string
  sku?: string
  gtin?: string
  price: number
  stock: number
}

export interface CreateEnterpriseProductInput {
  enterprise_id: string
  title: string
  title_en?: string
  description?: string
  description_en?: string
  brand_id: string
  categories: string[]
  certificate_ids?: string[]
  images?: string[]
  selenium_mg_per_kg?: number
  serving_g?: number
  /** How it travels; decides the enterprise parcel (shipping profile) it ships in. Default ambient. */
  temperature_class?: TemperatureClass
  /** 鲜活易腐 (no 7-day no-reason return). Default: true for chilled and frozen goods. */
  perishable?: boolean
  variants: EnterpriseProductVariantInput[]
}

// One option whose values are the variant titles, as the seeded catalogue has (规格 = size).
export const OPTION_TITLE = { zh: "规格", en: "Size" }

/**
 * Records whether the new product is perishable; undone by removing the record.
 */
const setPerishableStep = createStep(
  "set-enterprise-product-perishable",
  async (input: { product_id: string; perishable: boolean }, { container }) => {
    await container.resolve<ProductHandlingModuleService>(PRODUCT_HANDLING_MODULE).setPerishable([input])
    return new StepResponse(undefined, input.product_id)
  },
  async (productId, { container }) => {
    if (productId) await container.resolve<ProductHandlingModuleService>(PRODUCT_HANDLING_MODULE).deleteProductHandlings([productId])
  }
)

/**
 * Where the product is sold from, the enterprise's county (which places the product on the map and
 * in search facets) and a free URL handle (Medusa would keep the Chinese characters).
 */
const resolveSellingContextStep = createStep(
  "resolve-enterprise-selling-context",
  async (input: { enterprise_id: string; title: string; title_en?: string; temperature_class: TemperatureClass }, { container }) => {
    // The enterprise's own parcel for the class and its base's stock location, created on first
    // use and kept if a later step fails (an empty parcel offers nothing and is reused next time).
    const storefront = { ...(await storefrontOf(container)), ...(await ensureEnterpriseParcel(container, input.enterprise_id, input.temperature_class)) }
    const enterprise = await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).retrieveEnterprise(input.enterprise_id, { select: ["id", "county"] })
    return new StepResponse({ ...storefront, county: enterprise.county, handle: await freeHandle(container, input.title, input.title_en) })
  }
)

/**
 * An enterprise lists a product: a draft until it submits it for review, already in the store's
 * sales channel and warehouse so that approval alone makes it buyable. Claims are checked before
 * anything is written; every later step is undone when one fails (nothing half-saved).
 */
export const createEnterpriseProductWorkflow = createWorkflow("create-enterprise-product", (input: CreateEnterpriseProductInput) => {
  const claims = transform({ input }, ({ input }) => ({
    enterprise_id: input.enterprise_id,
    brand_id: input.brand_id,
    categories: input.categories,
    certificate_ids: input.certificate_ids ?? [],
    images: input.images ?? [],
  }))
  const checked = checkListingClaimsStep(claims)
  const context = resolveSellingContextStep(
    transform({ input }, ({ input }) => ({
      enterprise_id: input.enterprise_id,
      title: input.title,
      title_en: input.title_en,
      temperature_class: input.temperature_class ?? ("ambient" as const),
    }))
  )

  const products = transform({ input, checked, context }, ({ input, checked, context }) => {
    const place = findCounty(context.county)
    const images = input.images ?? []
    return [
      {
        title: input.title,
        handle: context.handle,
        description: input.description,
        status: ProductStatus.DRAFT,
        thumbnail: images[0],
        images: images.map((url) => ({ url })),
        category_ids: checked.category_ids,
        shipping_profile_id: context.shippingProfileId,
        sales_channels: [{ id: context.salesChannelId }],
        metadata: {
          [PRODUCT_FACT_KEYS.county]: context.county,
          ...(place?.region ? { [PRODUCT_FACT_KEYS.region]: place.region.code } : {}),
          ...(input.selenium_mg_per_kg !== undefined ? { [PRODUCT_FACT_KEYS.seleniumMgPerKg]: input.selenium_mg_per_kg } : {}),
          ...(input.serving_g !== undefined ? { [PRODUCT_FACT_KEYS.servingGrams]: input.serving_g } : {}),
        },
        options: [{ title: OPTION_TITLE.zh, values: input.variants.map((v) => v.title) }],
        variants: input.variants.map((v) => ({
          title: v.title,
          sku: v.sku,
          ...(v.gtin ? { barcode: v.gtin } : {}),
          manage_inventory: true,
          options: { [OPTION_TITLE.zh]: v.title },
          prices: [{ currency_code: "cny", amount: v.price }],
        })),
      },
    ]
  })
  const created = createProductsWorkflow.runAsStep({ input: { products } })
  const productId = transform({ created }, ({ created }) => created[0]!.id)

  const links = transform({ input, productId }, ({ input, productId }): LinkDefinition[] => [
    { [Modules.PRODUCT]: { product_id: productId }, [ENTERPRISE_MODULE]: { enterprise_id: input.enterprise_id } },
    { [Modules.PRODUCT]: { product_id: productId }, [BRAND_MODULE]: { brand_id: input.brand_id } },
    ...(input.certificate_ids ?? []).map((id) => ({ [Modules.PRODUCT]: { product_id: productId }, [CERTIFICATION_MODULE]: { certificate_id: id } })),
  ])
  createRemoteLinkStep(links)
  setPerishableStep(
    transform({ input, productId }, ({ input, productId }) => ({
      product_id: productId,
      perishable: input.perishable ?? needsColdChain(input.temperature_class ?? "ambient"),
    }))
  )

  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "title", "inventory_items.inventory_item_id", "options.id", "options.option.id"],
    filters: { product_id: productId },
  })
  const levels = transform({ input, variants, context }, ({ input, variants, context }) =>
    (variants as { title: string; inventory_items?: { inventory_item_id: string }[] }[]).map((v) => ({
      inventory_item_id: v.inventory_items![0]!.inventory_item_id,
      location_id: context.stockLocationId,
      stocked_quantity: input.variants.find((i) => i.title === v.title)!.stock,
    }))
  )
  createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })

  const english = transform({ input, productId, variants }, ({ input, productId, variants }) => {
    const texts: EnglishText[] = []
    const product = { title: input.title_en, description: input.description_en }
    const translations = Object.fromEntries(Object.entries(product).filter((e): e is [string, string] => typeof e[1] === "string"))
    texts.push({ reference: "product", reference_id: productId, translations })
    const rows = variants as { id: string; title: string; options?: { id: string; option?: { id: string } | null }[] }[]
    for (const row of rows) {
      const titleEn = input.variants.find((v) => v.title === row.title)?.title_en
      if (!titleEn) continue
      texts.push({ reference: "product_variant", reference_id: row.id, translations: { title: titleEn } })
      // The option value is the variant's title too (one option, see OPTION_TITLE).
      const valueId = row.options?.[0]?.id
      if (valueId) texts.push({ reference: "product_option_value", reference_id: valueId, translations: { value: titleEn } })
    }
    const optionId = rows[0]?.options?.[0]?.option?.id
    if (optionId) texts.push({ reference: "product_option", reference_id: optionId, translations: { title: OPTION_TITLE.en } })
    return texts
  })
  setEnglishStep(english)

  emitEventStep({ eventName: PRODUCT_CLAIMS_CHANGED, data: transform({ productId }, ({ productId }) => ({ id: [productId] })) })
  return new WorkflowResponse(productId)
})
