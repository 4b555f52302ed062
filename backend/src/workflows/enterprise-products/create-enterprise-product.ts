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
import { checkListingClaims, type CheckedListing } from "./listing-rules"
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
 * Records whether the new products are perishable; undone by removing the records.
 */
const setPerishableStep = createStep(
  "set-enterprise-product-perishable",
  async (input: { product_id: string; perishable: boolean }[], { container }) => {
    await container.resolve<ProductHandlingModuleService>(PRODUCT_HANDLING_MODULE).setPerishable(input)
    return new StepResponse(undefined, input.map((i) => i.product_id))
  },
  async (productIds, { container }) => {
    if (productIds?.length) await container.resolve<ProductHandlingModuleService>(PRODUCT_HANDLING_MODULE).deleteProductHandlings(productIds)
  }
)

/** One listing of a batch: what a single new listing takes, and optionally its URL handle (sheet import). */
export type EnterpriseListingInput = Omit<CreateEnterpriseProductInput, "enterprise_id"> & {
  /** Checked free before the workflow runs; absent: made from the title (see ./handle.ts). */
  handle?: string
}

export interface CreateEnterpriseProductsInput {
  enterprise_id: string
  products: EnterpriseListingInput[]
}

/** Refuses, before anything is written, a brand, category, certificate or image any of the listings may not claim. */
const checkAllListingClaimsStep = createStep("check-enterprise-listings-claims", async (input: CreateEnterpriseProductsInput, { container }) => {
  const checked: CheckedListing[] = []
  for (const product of input.products) {
    checked.push(
      await checkListingClaims(container, {
        enterprise_id: input.enterprise_id,
        brand_id: product.brand_id,
        categories: product.categories,
        certificate_ids: product.certificate_ids ?? [],
        images: product.images ?? [],
      })
    )
  }
  return new StepResponse(checked)
})

/**
 * Where the products are sold from, the enterprise's county (which places a product on the map and
 * in search facets), each product's parcel for its temperature class and a free URL handle (Medusa
 * would keep the Chinese characters); handles of one batch never collide with each other.
 */
const resolveSellingContextStep = createStep("resolve-enterprise-selling-context", async (input: CreateEnterpriseProductsInput, { container }) => {
  // The enterprise's own parcel for the class and its base's stock location, created on first
  // use and kept if a later step fails (an empty parcel offers nothing and is reused next time).
  const storefront = await storefrontOf(container)
  const parcels = new Map<TemperatureClass, { shippingProfileId: string; stockLocationId: string }>()
  for (const cls of new Set(input.products.map((p) => p.temperature_class ?? ("ambient" as const)))) {
    parcels.set(cls, await ensureEnterpriseParcel(container, input.enterprise_id, cls))
  }
  const enterprise = await container.resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).retrieveEnterprise(input.enterprise_id, { select: ["id", "county"] })
  const taken = new Set<string>()
  const products: { handle: string; shippingProfileId: string; stockLocationId: string }[] = []
  for (const product of input.products) {
    const handle = product.handle ?? (await freeHandle(container, product.title, product.title_en, taken))
    taken.add(handle)
    products.push({ handle, ...storefront, ...parcels.get(product.temperature_class ?? "ambient")! })
  }
  return new StepResponse({ salesChannelId: storefront.salesChannelId, county: enterprise.county, products })
})

/**
 * Enterprise listings, created together: drafts until the enterprise submits them for review,
 * already in the store's sales channel and warehouse so that approval alone makes them buyable.
 * Claims are checked before anything is written; every later step is undone when one fails, for
 * all the listings (nothing half-saved).
 */
export const createEnterpriseProductsWorkflow = createWorkflow("create-enterprise-products", (input: CreateEnterpriseProductsInput) => {
  const checked = checkAllListingClaimsStep(input)
  const context = resolveSellingContextStep(input)

  const products = transform({ input, checked, context }, ({ input, checked, context }) => {
    const place = findCounty(context.county)
    return input.products.map((product, i) => {
      const images = product.images ?? []
      return {
        title: product.title,
        handle: context.products[i]!.handle,
        description: product.description,
        status: ProductStatus.DRAFT,
        thumbnail: images[0],
        images: images.map((url) => ({ url })),
        category_ids: checked[i]!.category_ids,
        shipping_profile_id: context.products[i]!.shippingProfileId,
        sales_channels: [{ id: context.salesChannelId }],
        metadata: {
          [PRODUCT_FACT_KEYS.county]: context.county,
          ...(place?.region ? { [PRODUCT_FACT_KEYS.region]: place.region.code } : {}),
          ...(product.selenium_mg_per_kg !== undefined ? { [PRODUCT_FACT_KEYS.seleniumMgPerKg]: product.selenium_mg_per_kg } : {}),
          ...(product.serving_g !== undefined ? { [PRODUCT_FACT_KEYS.servingGrams]: product.serving_g } : {}),
        },
        options: [{ title: OPTION_TITLE.zh, values: product.variants.map((v) => v.title) }],
        variants: product.variants.map((v) => ({
          title: v.title,
          sku: v.sku,
          ...(v.gtin ? { barcode: v.gtin } : {}),
          manage_inventory: true,
          options: { [OPTION_TITLE.zh]: v.title },
          prices: [{ currency_code: "cny", amount: v.price }],
        })),
      }
    })
  })
  const created = createProductsWorkflow.runAsStep({ input: { products } })
  // In input order, matched by handle (unique) rather than trusting the answer's order.
  const productIds = transform({ created, context }, ({ created, context }) =>
    context.products.map((p) => (created as { id: string; handle: string }[]).find((c) => c.handle === p.handle)!.id)
  )

  const links = transform({ input, productIds }, ({ input, productIds }): LinkDefinition[] =>
    input.products.flatMap((product, i): LinkDefinition[] => {
      const product_id = productIds[i]!
      return [
        { [Modules.PRODUCT]: { product_id }, [ENTERPRISE_MODULE]: { enterprise_id: input.enterprise_id } },
        { [Modules.PRODUCT]: { product_id }, [BRAND_MODULE]: { brand_id: product.brand_id } },
        ...(product.certificate_ids ?? []).map((id) => ({ [Modules.PRODUCT]: { product_id }, [CERTIFICATION_MODULE]: { certificate_id: id } })),
      ]
    })
  )
  createRemoteLinkStep(links)
  setPerishableStep(
    transform({ input, productIds }, ({ input, productIds }) =>
      input.products.map((product, i) => ({
        product_id: productIds[i]!,
        perishable: product.perishable ?? needsColdChain(product.temperature_class ?? "ambient"),
      }))
    )
  )

  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "title", "product_id", "inventory_items.inventory_item_id", "options.id", "options.option.id"],
    filters: { product_id: productIds },
  })
  const levels = transform({ input, variants, context, productIds }, ({ input, variants, context, productIds }) =>
    (variants as { title: string; product_id: string; inventory_items?: { inventory_item_id: string }[] }[]).map((v) => {
      const i = productIds.indexOf(v.product_id)
      return {
        inventory_item_id: v.inventory_items![0]!.inventory_item_id,
        location_id: context.products[i]!.stockLocationId,
        stocked_quantity: input.products[i]!.variants.find((iv) => iv.title === v.title)!.stock,
      }
    })
  )
  createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } })

  const english = transform({ input, productIds, variants }, ({ input, productIds, variants }) => {
    const texts: EnglishText[] = []
    const rows = variants as { id: string; title: string; product_id: string; options?: { id: string; option?: { id: string } | null }[] }[]
    input.products.forEach((product, i) => {
      const productId = productIds[i]!
      const own = { title: product.title_en, description: product.description_en }
      const translations = Object.fromEntries(Object.entries(own).filter((e): e is [string, string] => typeof e[1] === "string"))
      texts.push({ reference: "product", reference_id: productId, translations })
      const mine = rows.filter((r) => r.product_id === productId)
      for (const row of mine) {
        const titleEn = product.variants.find((v) => v.title === row.title)?.title_en
        if (!titleEn) continue
        texts.push({ reference: "product_variant", reference_id: row.id, translations: { title: titleEn } })
        // The option value is the variant's title too (one option, see OPTION_TITLE).
        const valueId = row.options?.[0]?.id
        if (valueId) texts.push({ reference: "product_option_value", reference_id: valueId, translations: { value: titleEn } })
      }
      const optionId = mine[0]?.options?.[0]?.option?.id
      if (optionId) texts.push({ reference: "product_option", reference_id: optionId, translations: { title: OPTION_TITLE.en } })
    })
    return texts
  })
  setEnglishStep(english)

  emitEventStep({ eventName: PRODUCT_CLAIMS_CHANGED, data: transform({ productIds }, ({ productIds }) => ({ id: productIds })) })
  return new WorkflowResponse(productIds)
})

/** An enterprise lists one product (POST /enterprise/products): a batch of one. */
export const createEnterpriseProductWorkflow = createWorkflow("create-enterprise-product", (input: CreateEnterpriseProductInput) => {
  const batch = transform({ input }, ({ input }) => {
    const { enterprise_id, ...product } = input
    return { enterprise_id, products: [product] }
  })
  const ids = createEnterpriseProductsWorkflow.runAsStep({ input: batch })
  return new WorkflowResponse(transform({ ids }, ({ ids }) => ids[0]!))
})
