import { z } from "@medusajs/framework/zod"
import { atLeastOne, requiredText } from "../../validation/required"
import { isTemperatureClass, isValidGtin, LOW_STOCK_THRESHOLD_MAX, TEMPERATURE_CLASSES, type TemperatureClass } from "@seleno/domain"

// Prices are CNY yuan as Medusa stores them (129.5 = ¥129.50); fen are the smallest unit.
const price = z
  .number({ error: "price must be a number of yuan" })
  // refine, not positive()/min(): Medusa rewrites bound errors as "too small", custom ones keep the reason.
  .refine((v) => v > 0, "price must be more than 0 yuan")
  .max(1_000_000, "price cannot exceed 1000000 yuan")
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, "price has at most 2 decimals (fen)")
const stock = z
  .number({ error: "stock must be a whole number" })
  .int("stock must be a whole number")
  .refine((v) => v >= 0, "stock cannot be negative")
  .max(10_000_000, "stock cannot exceed 10000000")

const gtin = z
  .string()
  .trim()
  .refine((v) => isValidGtin(v), "gtin must be the 8, 12, 13 or 14 digits of the package barcode, with a valid check digit")

const text = (field: string, max: number) => z.string().trim().min(1, `${field} cannot be empty`).max(max, `${field} is longer than ${max} characters`)

export const EnterpriseProductVariant = z
  .object({
    title: text("variants.title", 100),
    title_en: text("variants.title_en", 100).optional(),
    sku: z.string().trim().regex(/^[A-Za-z0-9._-]{1,60}$/, "sku may only use letters, digits, dot, underscore and hyphen (1-60)").optional(),
    // The package barcode (GTIN-8/12/13/14); batches and their QR labels need it.
    gtin: gtin.optional(),
    price,
    stock,
  })
  .strict()

/**
 * A variant added to an existing listing: the same rules as a listing's variants (price, stock,
 * SKU, GTIN), with the titles named as this body's own fields so that a 400 points at them.
 */
export const EnterpriseCreateVariant = EnterpriseProductVariant.extend({
  title: text("title", 100),
  title_en: text("title_en", 100).optional(),
}).strict()
export type EnterpriseCreateVariantType = z.infer<typeof EnterpriseCreateVariant>

/** Facts the store shows and the certificates are checked against (stored in product metadata). */
const facts = {
  selenium_mg_per_kg: z.number().positive("selenium_mg_per_kg must be more than 0").max(100, "selenium_mg_per_kg cannot exceed 100").optional(),
  serving_g: z.number().positive("serving_g must be more than 0").max(10_000, "serving_g cannot exceed 10000").optional(),
}

const listing = {
  title: text("title", 200),
  title_en: text("title_en", 200).optional(),
  description: z.string().trim().max(10_000, "description is longer than 10000 characters").optional(),
  description_en: z.string().trim().max(10_000, "description_en is longer than 10000 characters").optional(),
  brand_id: requiredText("brand_id cannot be empty", 200),
  // Ids ("pcat_…") or handles ("tea"): the portal shows handles.
  categories: atLeastOne(z.string().trim().min(1), "categories needs at least one category", 5),
  certificate_ids: z.array(z.string().trim().min(1)).max(20, "certificate_ids takes at most 20").optional(),
  images: z.array(z.string().trim().min(1).max(2000)).max(20, "images takes at most 20").optional(),
  ...facts,
}

/** How a new listing travels (its parcel) and whether it is perishable; set when it is created. */
const handling = {
  // refine, not enum(): Medusa rewrites enum errors without saying what the field is for.
  temperature_class: z
    .string()
    .refine(isTemperatureClass, `temperature_class must be one of ${TEMPERATURE_CLASSES.join(", ")} (how the product travels)`)
    .transform((v) => v as TemperatureClass)
    .optional(),
  perishable: z.boolean({ error: "perishable must be true or false" }).optional(),
}

export const EnterpriseCreateProduct = z
  .object({
    ...listing,
    ...handling,
    variants: atLeastOne(EnterpriseProductVariant, "variants needs at least one variant", 50).refine(
      (vs) => new Set(vs.map((v) => v.title)).size === vs.length,
      "variants must have different titles"
    ),
  })
  .strict()
export type EnterpriseCreateProductType = z.infer<typeof EnterpriseCreateProduct>

export const EnterpriseUpdateProduct = z
  .object({
    ...listing,
    description: listing.description.nullable(),
    description_en: listing.description_en.nullable(),
    // null takes the selenium content off the listing (it is a claim only a certificate backs).
    selenium_mg_per_kg: facts.selenium_mg_per_kg.nullable(),
  })
  .partial()
  .strict()
export type EnterpriseUpdateProductType = z.infer<typeof EnterpriseUpdateProduct>

export const EnterpriseUpdateVariant = z
  // gtin: the package barcode; fixed once a batch of the variant exists (its labels carry it).
  .object({ price: price.optional(), stock: stock.optional(), gtin: gtin.optional() })
  .strict()
  .refine((v) => v.price !== undefined || v.stock !== undefined || v.gtin !== undefined, "give price, stock, gtin or any of them")
export type EnterpriseUpdateVariantType = z.infer<typeof EnterpriseUpdateVariant>

export const EnterpriseListProducts = z
  .object({
    status: z.enum(["draft", "proposed", "published", "rejected"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type EnterpriseListProductsType = z.infer<typeof EnterpriseListProducts>

/** Platform staff decide on a listing an enterprise submitted; a rejection says why. */
export const AdminReviewProduct = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), note: z.string().trim().max(1000).optional() }).strict(),
  z.object({ decision: z.literal("reject"), note: requiredText("note must say why the listing is rejected", 1000) }).strict(),
])
export type AdminReviewProductType = z.infer<typeof AdminReviewProduct>

/** A variant's low-stock threshold (sellable units), or null to remove it. */
export const EnterpriseLowStockThreshold = z
  .object({
    threshold: z
      .number({ error: "threshold must be a whole number of units, or null to remove it" })
      .int("threshold must be a whole number of units")
      .refine((v) => v >= 0, "threshold cannot be negative")
      .refine((v) => v <= LOW_STOCK_THRESHOLD_MAX, `threshold cannot exceed ${LOW_STOCK_THRESHOLD_MAX}`)
      .nullable(),
  })
  .strict()
export type EnterpriseLowStockThresholdType = z.infer<typeof EnterpriseLowStockThreshold>
