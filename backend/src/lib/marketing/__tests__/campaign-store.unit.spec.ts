import type { AdminCampaign } from "@seleno/domain"
import { toStoreCampaign } from "../campaign-store"

const promotion = { id: "promo", usage_limit: null, used: 0, target: null, min_subtotal: null, funding_source: "platform" as const }
const campaign = (phase: AdminCampaign["phase"]): AdminCampaign => ({
  id: "cpage_1",
  campaign_id: "procamp_1",
  handle: "xibohui-2026",
  kind: "expo",
  name: "硒博会",
  name_en: null,
  body: null,
  body_en: null,
  hero_image_url: null,
  share_image_url: null,
  starts_at: null,
  ends_at: null,
  phase,
  exclusive: false,
  funding_source: "platform",
  budget: { type: "spend", limit: 100, used: 5, currency_code: "cny" },
  featured_brand_ids: ["brand_2", "brand_1"],
  featured_county_codes: [],
  featured_product_ids: [],
  promotions: [
    { ...promotion, code: "TYPED", automatic: false, kind: "percentage", value: 10 },
    { ...promotion, code: "AUTO", automatic: true, kind: "fixed", value: 5 },
  ],
})
const brands = [
  { id: "brand_1", handle: "a", name: "甲", name_en: "A" },
  { id: "brand_2", handle: "b", name: "乙", name_en: null },
]

describe("toStoreCampaign", () => {
  it("shows only the codes a shopper types, brands in the page's order, no budget", () => {
    const view = toStoreCampaign(campaign("running"), brands, [])
    expect(view.codes).toEqual([{ code: "TYPED", kind: "percentage", value: 10, min_subtotal: null }])
    expect(view.featured_brands.map((b) => b.id)).toEqual(["brand_2", "brand_1"])
    expect(view).not.toHaveProperty("budget")
  })
  it("hides the codes once the campaign has ended", () => {
    expect(toStoreCampaign(campaign("ended"), brands, []).codes).toEqual([])
  })
})
