import { findCounty, PRODUCT_FACT_KEYS, toMedusaLocale } from "@seleno/domain"
import { productCertification, type CertificateRecord } from "../../workflows/certification/product-certification"
import type { StandardBook } from "../../workflows/certification/standard-book"
import { CERTIFICATE_FIELDS } from "../../workflows/certification/steps/evaluate-product-certifications"
import { chineseGrams, pinyinTokens, splitChinese, synonymTerms } from "./analysis"

/** What the index reads of a product through Query, across the product, brand, enterprise and certification modules. */
export const PRODUCT_SOURCE_FIELDS = [
  "id", "handle", "title", "description", "status", "thumbnail", "created_at", "metadata",
  "sales_channels.id",
  "categories.id", "categories.handle", "categories.name",
  "variants.id", "variants.manage_inventory", "variants.allow_backorder",
  "variants.prices.amount", "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "brand.id", "brand.handle", "brand.name",
  "enterprise.handle", "enterprise.name", "enterprise.status",
  ...CERTIFICATE_FIELDS.map((f) => `certificates.${f}`),
]

const STORE_CURRENCY = "cny"

interface LocationLevel { stocked_quantity: number; reserved_quantity: number }
interface VariantRow {
  manage_inventory: boolean
  allow_backorder: boolean
  prices?: ({ amount: number; currency_code: string } | null)[] | null
  inventory_items?: ({ inventory?: { location_levels?: (LocationLevel | null)[] | null } | null } | null)[] | null
}
export interface ProductRow {
  id: string
  handle: string
  title: string
  description: string | null
  status: string
  thumbnail: string | null
  created_at: Date | string
  metadata: Record<string, unknown> | null
  sales_channels?: ({ id: string } | null)[] | null
  categories?: ({ id: string; handle: string; name: string } | null)[] | null
  variants?: (VariantRow | null)[] | null
  brand?: { id: string; handle: string; name: string } | null
  enterprise?: { handle: string; name: string; status: string } | null
  certificates?: (CertificateRecord | null)[] | null
}

/** A brand as the index needs it: its place in the tree and its English name. */
export interface BrandNode { id: string; handle: string; name: string; parent_id: string | null; name_en?: string }

/** English texts from the Translation Module, keyed by the translated record's id. */
export type EnglishTexts = Map<string, Record<string, string>>

export const ENGLISH = toMedusaLocale("en")

const present = <T>(values: (T | null | undefined)[] | null | undefined): T[] => (values ?? []).filter((v): v is T => v != null)

/** Handles from the top regional brand down to `brandId`. */
export function brandPath(brandId: string, brands: ReadonlyMap<string, BrandNode>): string[] {
  const path: string[] = []
  for (let node = brands.get(brandId); node && path.length < 10; node = node.parent_id ? brands.get(node.parent_id) : undefined) {
    path.unshift(node.handle)
  }
  return path
}

function priceRange(variants: VariantRow[]): { min?: number; max?: number } {
  const amounts = variants.flatMap((v) => present(v.prices).filter((p) => p.currency_code === STORE_CURRENCY).map((p) => p.amount))
  return amounts.length ? { min: Math.min(...amounts), max: Math.max(...amounts) } : {}
}

function inStock(variants: VariantRow[]): boolean {
  return variants.some((v) => {
    if (!v.manage_inventory || v.allow_backorder) return true
    const levels = present(v.inventory_items).flatMap((item) => present(item.inventory?.location_levels))
    return levels.reduce((sum, l) => sum + l.stocked_quantity - l.reserved_quantity, 0) > 0
  })
}

const isoDate = (value: Date | string) => new Date(value).toISOString()

/** One product as a search document: names in both languages, analysed Chinese, pinyin, facets and the badge's validity. */
export function toProductSearchDocument(
  row: ProductRow,
  brands: ReadonlyMap<string, BrandNode>,
  english: EnglishTexts,
  standards: StandardBook,
  at = new Date()
) {
  const variants = present(row.variants)
  const categories = present(row.categories)
  const countyCode = typeof row.metadata?.[PRODUCT_FACT_KEYS.county] === "string" ? String(row.metadata[PRODUCT_FACT_KEYS.county]) : undefined
  const place = countyCode ? findCounty(countyCode) : undefined
  const brand = row.brand ? brands.get(row.brand.id) ?? { ...row.brand, parent_id: null } : undefined
  const selenium = Number(row.metadata?.[PRODUCT_FACT_KEYS.seleniumMgPerKg])
  const certification = productCertification(row, standards, at)
  const prices = priceRange(variants)
  const en = english.get(row.id) ?? {}
  const categoryNames = categories.flatMap((c) => [c.name, english.get(c.id)?.name].filter((n): n is string => Boolean(n)))
  const zhNames = [brand?.name, row.enterprise?.name, place?.county.name.zh, place?.prefecture.name.zh, ...categories.map((c) => c.name)]
  const texts = [row.title, en.title, row.description, en.description, brand?.name, brand?.name_en, ...categoryNames]
  return {
    id: row.id,
    handle: row.handle,
    status: row.status,
    sales_channel_ids: present(row.sales_channels).map((s) => s.id),
    thumbnail: row.thumbnail ?? undefined,
    title: row.title,
    title_en: en.title,
    title_grams: chineseGrams([row.title]),
    description: row.description ?? undefined,
    description_en: en.description,
    brand: brand?.handle,
    brand_name: brand?.name,
    brand_name_en: brand?.name_en,
    brand_path: brand ? brandPath(brand.id, brands) : [],
    enterprise: row.enterprise?.handle,
    enterprise_name: row.enterprise?.name,
    region: place?.region?.code,
    county: place?.county.code,
    place_names: place ? [place.county.name.zh, place.county.name.en, place.prefecture.name.zh, place.prefecture.name.en].join(" ") : undefined,
    names_grams: chineseGrams(zhNames),
    pinyin: pinyinTokens([row.title, ...zhNames]),
    categories: categories.map((c) => c.handle),
    category_names: categoryNames.join(" "),
    synonyms: splitChinese(synonymTerms(texts).join(" ")),
    certified_until: certification.certified && certification.certificate ? isoDate(certification.certificate.valid_until) : undefined,
    // The claim rule: an uncertified product's selenium content is neither shown nor counted in facets.
    selenium_mg_per_kg: certification.certified && Number.isFinite(selenium) ? selenium : undefined,
    price_min: prices.min,
    price_max: prices.max,
    in_stock: inStock(variants),
    created_at: isoDate(row.created_at),
  }
}

export type ProductSearchDocument = ReturnType<typeof toProductSearchDocument>
