import { model } from "@medusajs/framework/utils"
import { FUNDING_SOURCES } from "@seleno/domain"
import CampaignPage from "./campaign-page"

/**
 * A live-commerce session (直播带货): when it runs, who hosts it, where it streams, and the Medusa
 * sale price list holding its session prices (which Medusa applies only between the session's
 * start and end, so the prices end with the session on their own).
 */
const LiveSession = model.define("live_session", {
  id: model.id({ prefix: "live" }).primaryKey(),
  handle: model.text().unique(),
  title: model.text(),
  title_en: model.text().nullable(),
  host: model.text(),
  stream_url: model.text(),
  replay_url: model.text().nullable(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  price_list_id: model.text().nullable(),
  featured_product_ids: model.array().default([]),
  /** Who pays the cut from the regular price to the session price (fixed once the session exists). */
  funding_source: model.enum([...FUNDING_SOURCES]).default("platform"),
  campaign_page: model.belongsTo(() => CampaignPage, { mappedBy: "live_sessions" }),
})

export default LiveSession
