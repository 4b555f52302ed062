import { z } from "@medusajs/framework/zod"
import { CAMPAIGN_KINDS, FUNDING_SOURCES } from "@seleno/domain"
import { storedImageUrl } from "../../../validation/stored-image-url"
import { atLeastOne, requiredText } from "../../../validation/required"

const handle = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle may only use lowercase letters, digits and single hyphens").max(80)
const code = z.string().trim().regex(/^[A-Z0-9_-]{2,40}$/, "code may only use capital letters, digits, _ and - (2 to 40 characters)")
const isoDate = (field: string) => z.string().refine((value) => !Number.isNaN(Date.parse(value)), `${field} must be an ISO 8601 date`)
const ids = z.array(z.string().trim().min(1)).max(200)
const text = (max: number) => z.string().max(max).nullish()
// Counts are refined, not min()-checked: Medusa rewrites min() failures and drops the reason.
const count = (message: string) => z.number().int().refine((value) => value >= 1, message)

const productGroup = z.object({ product_ids: atLeastOne(z.string().trim().min(1), "name at least one product", 200), quantity: count("quantity must be at least 1") })

export const AdminCreatePromotion = z
  .object({
    code,
    automatic: z.boolean().optional(),
    kind: z.enum(["percentage", "fixed", "buy_get", "free_shipping"]),
    // Range and presence per kind are checked by the workflow, which names the promotion's index.
    value: z.number().finite().optional(),
    target: z.object({ brand_ids: ids.optional(), category_ids: ids.optional(), product_ids: ids.optional() }).strict().optional(),
    usage_limit: count("usage_limit must be a whole number above zero").optional(),
    buy: productGroup.optional(),
    get: productGroup.optional(),
    min_subtotal: z.number().finite().optional(),
    funding_source: z.enum(FUNDING_SOURCES).optional(),
  })
  .strict()

/** What the landing page and the campaign's dates take, the same on create and update. */
const pageFields = {
  name: requiredText("name: enter the campaign's Chinese name", 120),
  name_en: text(120),
  body: text(8000),
  body_en: text(8000),
  hero_image_url: storedImageUrl("hero_image_url"),
  share_image_url: storedImageUrl("share_image_url"),
  starts_at: isoDate("starts_at"),
  ends_at: isoDate("ends_at"),
}

export const AdminCreateCampaign = z
  .object({
    handle,
    kind: z.enum(CAMPAIGN_KINDS),
    ...pageFields,
    budget: z.object({ type: z.enum(["spend", "usage"]), limit: z.number().finite() }).strict().optional(),
    exclusive: z.boolean().optional(),
    funding_source: z.enum(FUNDING_SOURCES).optional(),
    featured_brand_ids: ids.optional(),
    featured_county_codes: ids.optional(),
    featured_product_ids: ids.optional(),
    promotions: atLeastOne(AdminCreatePromotion, "promotions: add at least one promotion", 20),
  })
  .strict()
export type AdminCreateCampaignType = z.infer<typeof AdminCreateCampaign>

export const AdminUpdateCampaign = z
  .object({
    ...pageFields,
    budget: z.object({ limit: z.number().finite() }).strict(),
    funding_source: z.enum(FUNDING_SOURCES),
    featured_brand_ids: ids,
    featured_county_codes: ids,
    featured_product_ids: ids,
  })
  .partial()
  .strict()
export type AdminUpdateCampaignType = z.infer<typeof AdminUpdateCampaign>
