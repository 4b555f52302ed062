import { model } from "@medusajs/framework/utils"

/**
 * One arrival through a campaign link (first-party: the storefront reports it, no third-party
 * tracker). `visitor_id` is the random id of the shopper's first-party cookie.
 */
const CampaignVisit = model
  .define("campaign_visit", {
    id: model.id({ prefix: "cvisit" }).primaryKey(),
    visitor_id: model.text(),
    campaign_page_id: model.text(),
    utm_source: model.text().nullable(),
    utm_medium: model.text().nullable(),
    utm_content: model.text().nullable(),
    landing_path: model.text().nullable(),
    visited_at: model.dateTime(),
  })
  .indexes([
    { on: ["visitor_id", "visited_at"] },
    { on: ["campaign_page_id", "visited_at"] },
  ])

export default CampaignVisit
