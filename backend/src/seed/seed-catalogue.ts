import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCT_FACT_KEYS, toMedusaLocale } from "@seleno/domain"
import { SEED_CATEGORIES, SEED_PRODUCTS, type SeedCategory, type SeedProduct } from "./catalogue-data"
import { SEED_ENTERPRISES } from "./enterprise-data"
import { productImageSvg } from "./product-image"
import type { StoreSetup } from "./seed-store"

const ENGLISH = toMedusaLocale("en")
const OPTION_TITLE = { zh: "规格", en: "Size" }

type Translation = { reference: string; reference_id: string; locale_code: string; translations: Record<string, string> }

/** Creates the categories and products that are missing, with stock, images and English translations. */
export async function seedCatalogue(container: MedusaContainer, store: StoreSetup): Promise<{ created: number }> {
  const categoryIds = await ensureCategories(container)
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProducts({ handle: SEED_PRODUCTS.map((p) => p.handle) }, { select: ["handle"] })
  const known = new Set(existing.map((p) => p.handle))
  const missing = SEED_PRODUCTS.filter((p) => !known.has(p.handle))
  if (missing.length === 0) return { created: 0 }

  const images = await uploadImages(container, missing)
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((p) => ({
        title: p.title.zh,
        handle: p.handle,
        description: p.description.zh,
        status: ProductStatus.PUBLISHED,
        thumbnail: images.get(p.handle),
        images: [{ url: images.get(p.handle)! }],
        category_ids: [categoryIds.get(p.category)!],
        shipping_profile_id: store.shippingProfileId,
        sales_channels: [{ id: store.salesChannelId }],
        metadata: {
          // Selenium facts only where a certificate covers the product (the claim rule).
          ...(p.seleniumMgPerKg !== undefined
            ? { [PRODUCT_FACT_KEYS.seleniumMgPerKg]: p.seleniumMgPerKg, [PRODUCT_FACT_KEYS.servingGrams]: p.servingGrams }
            : {}),
          [PRODUCT_FACT_KEYS.region]: p.region,
          [PRODUCT_FACT_KEYS.county]: p.county,
          ...(p.brand ? { [PRODUCT_FACT_KEYS.brand]: p.brand } : {}),
        },
        options: [{ title: OPTION_TITLE.zh, values: p.variants.map((v) => v.label.zh) }],
        variants: p.variants.map((v, i) => ({
          title: v.label.zh,
          sku: `${p.handle}-${i + 1}`.toUpperCase(),
          manage_inventory: true,
          options: { [OPTION_TITLE.zh]: v.label.zh },
          prices: [{ currency_code: "cny", amount: v.price }],
        })),
      })),
    },
  })

  // An enterprise's products are stocked at its own base by seedParcels; the shared warehouse keeps the rest.
  const owned = new Set(SEED_ENTERPRISES.flatMap((e) => e.products))
  await stockVariants(container, store.stockLocationId, missing.filter((p) => !owned.has(p.handle)))
  await translateProducts(container, products.map((p) => p.id))
  return { created: products.length }
}

/** The product categories (reference data: the deployment seed creates them too), each once, with English names. */
export async function ensureCategories(container: MedusaContainer): Promise<Map<string, string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const handles = SEED_CATEGORIES.map((c) => c.handle)
  const existing = await productModule.listProductCategories({ handle: handles }, { select: ["id", "handle"] })
  const ids = new Map(existing.map((c) => [c.handle, c.id]))
  const missing = SEED_CATEGORIES.filter((c) => !ids.has(c.handle))
  if (missing.length > 0) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c, i) => ({
          name: c.name.zh,
          handle: c.handle,
          description: c.description.zh,
          is_active: true,
          rank: SEED_CATEGORIES.indexOf(c) ?? i,
        })),
      },
    })
    for (const c of result) ids.set(c.handle, c.id)
    await translate(
      container,
      result.map((c) => {
        const seed = SEED_CATEGORIES.find((s) => s.handle === c.handle) as SeedCategory
        return { reference: "product_category", reference_id: c.id, locale_code: ENGLISH, translations: { name: seed.name.en, description: seed.description.en } }
      })
    )
  }
  return ids
}

async function uploadImages(container: MedusaContainer, products: SeedProduct[]): Promise<Map<string, string>> {
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: products.map((p) => {
        const category = SEED_CATEGORIES.find((c) => c.handle === p.category) as SeedCategory
        const svg = productImageSvg({ titleZh: p.title.zh, titleEn: p.title.en, categoryZh: category.name.zh, colour: category.colour, seleniumMgPerKg: p.seleniumMgPerKg })
        return { filename: `${p.handle}.svg`, mimeType: "image/svg+xml", content: Buffer.from(svg).toString("base64"), access: "public" as const }
      }),
    },
  })
  return new Map(products.map((p, i) => [p.handle, result[i]!.url]))
}

async function stockVariants(container: MedusaContainer, locationId: string, products: SeedProduct[]): Promise<void> {
  if (!products.length) return
  const stockBySku = new Map(products.flatMap((p) => p.variants.map((v, i) => [`${p.handle}-${i + 1}`.toUpperCase(), v.stock] as const)))
  const items = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku: [...stockBySku.keys()] })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({ inventory_item_id: item.id, location_id: locationId, stocked_quantity: stockBySku.get(item.sku!) ?? 0 })),
    },
  })
}

/** English for products, their variants, options and option values, matched by handle and Chinese label. */
async function translateProducts(container: MedusaContainer, productIds: string[]): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.title", "options.id", "options.values.id", "options.values.value"],
    filters: { id: productIds },
  })
  const rows: Translation[] = []
  for (const product of data) {
    const seed = SEED_PRODUCTS.find((p) => p.handle === product.handle) as SeedProduct
    const english = (zh: string) => seed.variants.find((v) => v.label.zh === zh)?.label.en ?? zh
    rows.push({ reference: "product", reference_id: product.id, locale_code: ENGLISH, translations: { title: seed.title.en, description: seed.description.en } })
    for (const variant of product.variants ?? []) {
      if (variant) rows.push({ reference: "product_variant", reference_id: variant.id, locale_code: ENGLISH, translations: { title: english(variant.title ?? "") } })
    }
    for (const option of product.options ?? []) {
      if (!option) continue
      rows.push({ reference: "product_option", reference_id: option.id, locale_code: ENGLISH, translations: { title: OPTION_TITLE.en } })
      for (const value of option.values ?? []) {
        if (value) rows.push({ reference: "product_option_value", reference_id: value.id, locale_code: ENGLISH, translations: { value: english(value.value) } })
      }
    }
  }
  await translate(container, rows)
}

async function translate(container: MedusaContainer, translations: Translation[]): Promise<void> {
  if (translations.length === 0) return
  await createTranslationsWorkflow(container).run({ input: { translations } })
}
