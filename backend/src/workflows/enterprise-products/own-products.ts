import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { isLowStock, listingSaleState, PRODUCT_FACT_KEYS, stockFigures, toMedusaLocale, type VariantStockView } from "@seleno/domain"
import { PRODUCT_HANDLING_MODULE } from "../../modules/product-handling"
import type ProductHandlingModuleService from "../../modules/product-handling/service"
import { STOCK_ALERT_MODULE } from "../../modules/stock-alert"
import type StockAlertModuleService from "../../modules/stock-alert/service"
import ProductEnterpriseLink from "../../links/product-enterprise"

export const ENGLISH = toMedusaLocale("en")
/** Where the platform's review decision on a listing is kept (product metadata). */
export const REVIEW_KEY = "review"

export interface ReviewRecord {
  decision: "approve" | "reject"
  note: string | null
  reviewed_at: string
}

/** Answered for a product that is not the caller's, exactly as for one that does not exist. */
export const productNotFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${id} was not found`)

/** Ids of the enterprise's products (through the product-enterprise link), newest first by id order of the link. */
export async function ownProductIds(container: MedusaContainer, enterpriseId: string): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: ProductEnterpriseLink.entryPoint,
    fields: ["product_id"],
    filters: { enterprise_id: enterpriseId },
  })
  return (data as { product_id: string }[]).map((row) => row.product_id)
}

const LISTING_FIELDS = [
  "id", "handle", "status", "title", "description", "thumbnail", "metadata", "created_at", "updated_at",
  "images.url", "categories.id", "categories.handle", "categories.name",
  "brand.id", "brand.handle", "brand.name", "enterprise.id",
  "certificates.id", "certificates.number", "certificates.valid_until",
  "variants.id", "variants.title", "variants.sku", "variants.barcode", "variants.prices.amount", "variants.prices.currency_code",
  "variants.inventory_items.inventory_item_id",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

type Row = {
  id: string
  handle: string
  status: string
  title: string
  description: string | null
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
  images?: ({ url: string } | null)[]
  categories?: ({ id: string; handle: string; name: string } | null)[]
  brand?: { id: string; handle: string; name: string } | null
  enterprise?: { id: string } | null
  certificates?: ({ id: string; number: string; valid_until: string } | null)[]
  variants?: ({
    id: string
    title: string
    sku: string | null
    barcode?: string | null
    prices?: ({ amount: number; currency_code: string } | null)[]
    inventory_items?: ({ inventory_item_id: string; inventory?: { location_levels?: ({ location_id: string; stocked_quantity: number; reserved_quantity: number } | null)[] } | null } | null)[]
  } | null)[]
}

const present = <T>(values: (T | null | undefined)[] | null | undefined): T[] => (values ?? []).filter((v): v is T => v != null)

/** A listing as the portal shows it: CNY prices in yuan, stock, brand, claims and the platform's review. */
export function toEnterpriseListing(row: Row, english: Map<string, Record<string, string>>, offlineAt: Date | null = null, thresholds: Map<string, number> = new Map()) {
  const metadata = row.metadata ?? {}
  const number = (key: string) => (typeof metadata[key] === "number" ? (metadata[key] as number) : null)
  return {
    id: row.id,
    handle: row.handle,
    status: row.status,
    // on_sale, offline (下架 by the enterprise; out of every sales channel) or not_published.
    sale_state: listingSaleState(row.status, offlineAt),
    offline_at: offlineAt ? new Date(offlineAt).toISOString() : null,
    title: row.title,
    title_en: english.get(row.id)?.title ?? null,
    description: row.description,
    description_en: english.get(row.id)?.description ?? null,
    thumbnail: row.thumbnail,
    images: present(row.images).map((i) => i.url),
    brand: row.brand ?? null,
    categories: present(row.categories),
    certificates: present(row.certificates),
    selenium_mg_per_kg: number(PRODUCT_FACT_KEYS.seleniumMgPerKg),
    serving_g: number(PRODUCT_FACT_KEYS.servingGrams),
    review: (metadata[REVIEW_KEY] as ReviewRecord | undefined) ?? null,
    variants: present(row.variants).map((v) => {
      const levels = present(v.inventory_items).flatMap((i) => present(i.inventory?.location_levels))
      const figures = stockFigures(levels)
      const threshold = thresholds.get(v.id) ?? null
      // Stocked, reserved (open orders, carts completing) and sellable, and the enterprise's low-stock threshold.
      const stock: VariantStockView = { ...figures, low_stock_threshold: threshold, low: isLowStock(figures.sellable, threshold) }
      return {
        id: v.id,
        title: v.title,
        title_en: english.get(v.id)?.title ?? null,
        sku: v.sku,
        gtin: v.barcode ?? null,
        price: present(v.prices).find((p) => p.currency_code === "cny")?.amount ?? null,
        currency_code: "cny",
        stock: figures.stocked,
        reserved: figures.reserved,
        sellable: figures.sellable,
        low_stock_threshold: stock.low_stock_threshold,
        low_stock: stock.low,
      }
    }),
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}
export type EnterpriseListing = ReturnType<typeof toEnterpriseListing>

async function englishFor(container: MedusaContainer, ids: string[]): Promise<Map<string, Record<string, string>>> {
  if (ids.length === 0) return new Map()
  const rows = await container.resolve(Modules.TRANSLATION).listTranslations({ reference_id: ids, locale_code: ENGLISH })
  return new Map(rows.map((r) => [r.reference_id, r.translations as Record<string, string>]))
}

/** When each of these products was taken offline by its enterprise (absent: on sale or never published). */
export async function offlineSince(container: MedusaContainer, ids: string[]): Promise<Map<string, Date>> {
  if (ids.length === 0) return new Map()
  const rows = await container.resolve<ProductHandlingModuleService>(PRODUCT_HANDLING_MODULE).listProductHandlings({ id: ids }, { select: ["id", "offline_at"] })
  return new Map(rows.filter((r) => r.offline_at).map((r) => [r.id, r.offline_at as Date]))
}

/** Variant id → its low-stock threshold, for the variants that have one. */
async function lowStockThresholds(container: MedusaContainer, variantIds: string[]): Promise<Map<string, number>> {
  if (variantIds.length === 0) return new Map()
  const rows = await container.resolve<StockAlertModuleService>(STOCK_ALERT_MODULE).listLowStockThresholds({ variant_id: variantIds }, { select: ["variant_id", "threshold"] })
  return new Map(rows.map((r) => [r.variant_id, r.threshold]))
}

/** The enterprise's listings among `ids` (all of them when omitted), optionally by status, newest first. */
export async function listEnterpriseListings(
  container: MedusaContainer,
  enterpriseId: string,
  options: { ids?: string[]; status?: string; limit?: number; offset?: number } = {}
): Promise<{ listings: EnterpriseListing[]; count: number }> {
  const own = new Set(await ownProductIds(container, enterpriseId))
  const ids = options.ids ? options.ids.filter((id) => own.has(id)) : [...own]
  if (ids.length === 0) return { listings: [], count: 0 }
  const { data, metadata } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: LISTING_FIELDS,
    filters: { id: ids, ...(options.status ? { status: options.status as "draft" } : {}) },
    pagination: { take: options.limit ?? 50, skip: options.offset ?? 0, order: { created_at: "DESC" } },
  })
  const rows = data as unknown as Row[]
  const english = await englishFor(container, rows.flatMap((r) => [r.id, ...present(r.variants).map((v) => v.id)]))
  const offline = await offlineSince(container, rows.map((r) => r.id))
  const thresholds = await lowStockThresholds(container, rows.flatMap((r) => present(r.variants).map((v) => v.id)))
  return { listings: rows.map((r) => toEnterpriseListing(r, english, offline.get(r.id) ?? null, thresholds)), count: metadata?.count ?? rows.length }
}

/** One of the enterprise's listings; another enterprise's product is "not found". */
export async function retrieveEnterpriseListing(container: MedusaContainer, enterpriseId: string, productId: string): Promise<EnterpriseListing> {
  const { listings } = await listEnterpriseListings(container, enterpriseId, { ids: [productId] })
  if (!listings[0]) throw productNotFound(productId)
  return listings[0]
}
