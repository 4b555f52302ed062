import { model } from "@medusajs/framework/utils"
import { CAMPAIGN_KINDS, FUNDING_SOURCES } from "@seleno/domain"
import LiveSession from "./live-session"

/**
 * What the storefront shows for one Medusa promotion campaign: its landing page and what it
 * features. Dates, budget, codes and discounts stay on Medusa's campaign and promotions (linked by
 * `campaign_id`); this holds only what Medusa has no place for.
 */
const CampaignPage = model.define("campaign_page", {
  id: model.id({ prefix: "cpage" }).primaryKey(),
  /** Medusa promotion campaign this page belongs to (also a module link). */
  campaign_id: model.text().unique(),
  handle: model.text().unique(),
  kind: model.enum([...CAMPAIGN_KINDS]),
  title: model.text(),
  title_en: model.text().nullable(),
  body: model.text().nullable(),
  body_en: model.text().nullable(),
  hero_image_url: model.text().nullable(),
  share_image_url: model.text().nullable(),
  /** Brand ids (our brand module), county codes (@seleno/domain regions) and product ids featured on the page. */
  featured_brand_ids: model.array().default([]),
  featured_county_codes: model.array().default([]),
  featured_product_ids: model.array().default([]),
  /** An exclusive campaign's discounts may not run alongside another exclusive campaign's. */
  exclusive: model.boolean().default(false),
  /** Who pays the campaign's discounts; its promotions keep their own in metadata (seleno_funding). */
  funding_source: model.enum([...FUNDING_SOURCES]).default("platform"),
  live_sessions: model.hasMany(() => LiveSession, { mappedBy: "campaign_page" }),
})

export default CampaignPage
