import { z } from "@medusajs/framework/zod"
import { MAX_QUERY_LENGTH } from "../../../lib/search/analysis"
import { PRODUCT_SEARCH_SORTS } from "../../../lib/search/product-query"

const handle = (name: string) =>
  z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, `${name} must be a handle such as "ziyang-selenium-tea"`).optional()

const amount = (name: string) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?$/, `${name} must be a number ≥ 0, such as 0.3`)
    .transform(Number)
    .optional()

const positiveInt = (name: string, max: number) =>
  z
    .string()
    .regex(/^[1-9]\d*$/, `${name} must be a whole number from 1 to ${max}`)
    .transform(Number)
    .refine((n) => n <= max, `${name} must be a whole number from 1 to ${max}`)
    .optional()

/**
 * GET /store/product-search: every parameter named, so an unknown facet is an error, not silently
 * ignored. Ranges are [min, max): se_max and price_max are exclusive, like the facet bands.
 */
export const StoreSearchProducts = z
  .object({
    q: z.string().max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`).optional(),
    brand: handle("brand"),
    region: handle("region"),
    county: handle("county"),
    category: handle("category"),
    certified: z.enum(["1", "0", "true", "false"], { message: 'certified must be "1" or "0"' }).optional(),
    se_min: amount("se_min"),
    se_max: amount("se_max"),
    price_min: amount("price_min"),
    price_max: amount("price_max"),
    sort: z.enum(PRODUCT_SEARCH_SORTS, { message: `sort must be one of ${PRODUCT_SEARCH_SORTS.join(", ")}` }).optional(),
    page: positiveInt("page", 1000),
    page_size: positiveInt("page_size", 50),
  })
  .strict()
  .refine((p) => p.se_min === undefined || p.se_max === undefined || p.se_min <= p.se_max, {
    message: "se_min must not be greater than se_max",
  })
  .refine((p) => p.price_min === undefined || p.price_max === undefined || p.price_min <= p.price_max, {
    message: "price_min must not be greater than price_max",
  })
export type StoreSearchProductsType = z.infer<typeof StoreSearchProducts>

/** GET /store/search-suggestions */
export const StoreSearchSuggestions = z
  .object({ q: z.string().max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`) })
  .strict()
