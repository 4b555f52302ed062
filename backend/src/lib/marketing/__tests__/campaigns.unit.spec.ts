import { campaignBodyProblem, type CreateMarketingCampaignInput, promotionDraft, promotionView, toAdminCampaign, windowsOverlap } from "../campaigns"

const body = (overrides: Partial<CreateMarketingCampaignInput> = {}): CreateMarketingCampaignInput => ({
  handle: "xibohui-2026",
  kind: "expo",
  name: "硒博会",
  starts_at: "2026-11-01T00:00:00.000Z",
  ends_at: "2026-11-08T00:00:00.000Z",
  promotions: [{ code: "XBH2026", kind: "percentage", value: 10 }],
  ...overrides,
})

describe("campaignBodyProblem", () => {
  it("accepts a sound campaign", () => {
    expect(campaignBodyProblem(body())).toBeNull()
  })

  it.each([
    ["an end before the start", { ends_at: "2026-10-01T00:00:00.000Z" }, "ends_at:"],
    ["an end equal to the start", { ends_at: "2026-11-01T00:00:00.000Z" }, "ends_at:"],
    ["a zero budget", { budget: { type: "spend" as const, limit: 0 } }, "budget.limit:"],
    ["an unknown county", { featured_county_codes: ["ziyang", "atlantis"] }, "featured_county_codes[1]: unknown county atlantis"],
    ["a percentage over 100", { promotions: [{ code: "A", kind: "percentage" as const, value: 100.5 }] }, "promotions[0].value:"],
    ["a zero percentage", { promotions: [{ code: "A", kind: "percentage" as const, value: 0 }] }, "promotions[0].value:"],
    ["a negative fixed discount", { promotions: [{ code: "A", kind: "fixed" as const, value: -1 }] }, "promotions[0].value:"],
    ["a fixed discount without value", { promotions: [{ code: "A", kind: "fixed" as const }] }, "promotions[0].value:"],
    [
      "a code twice",
      { promotions: [{ code: "A", kind: "fixed" as const, value: 1 }, { code: "A", kind: "percentage" as const, value: 5 }] },
      "promotions[1].code: code A appears twice",
    ],
    ["a buy-get without products to give", { promotions: [{ code: "A", kind: "buy_get" as const, buy: { product_ids: ["prod_1"], quantity: 2 } }] }, "promotions[0].get.product_ids"],
    ["no promotions", { promotions: [] }, "promotions:"],
  ])("refuses %s, naming the field", (_label, overrides, expected) => {
    expect(campaignBodyProblem(body(overrides))).toContain(expected)
  })

  it("takes 100% as the largest percentage", () => {
    expect(campaignBodyProblem(body({ promotions: [{ code: "A", kind: "percentage", value: 100 }] }))).toBeNull()
  })
})

describe("promotionDraft", () => {
  const none = { brandTagIds: [], brandProductIds: [], consentTagId: "ptag_consent" }
  it("targets products and categories with the rule attributes the cart gives Medusa; brands beside products as their products", () => {
    const draft = promotionDraft(
      { code: "TEA", kind: "percentage", value: 10, automatic: true, target: { product_ids: ["prod_1"], category_ids: ["pcat_tea"], brand_ids: ["brand_1"] } },
      { brandTagIds: ["ptag_brand1"], brandProductIds: ["prod_2", "prod_1"], consentTagId: "ptag_consent" }
    )
    expect(draft).toMatchObject({ type: "standard", is_automatic: true, is_tax_inclusive: true, status: "active" })
    expect(draft.application_method).toMatchObject({ type: "percentage", target_type: "items", value: 10, currency_code: "cny", allocation: "each" })
    expect(draft.application_method.target_rules).toEqual([
      { attribute: "items.product.id", operator: "in", values: ["prod_1", "prod_2"] },
      { attribute: "items.product.categories.id", operator: "in", values: ["pcat_tea"] },
    ])
    expect(draft.metadata.seleno_target).toEqual({ product_ids: ["prod_1"], category_ids: ["pcat_tea"], brand_ids: ["brand_1"] })
    expect(draft.metadata.seleno_funding).toBe("platform")
  })

  it("targets a brand alone through its tag, and an enterprise-funded promotion only consenting products", () => {
    const tags = { brandTagIds: ["ptag_brand1"], brandProductIds: ["prod_1"], consentTagId: "ptag_consent" }
    const platform = promotionDraft({ code: "B", kind: "percentage", value: 10, target: { brand_ids: ["brand_1"] } }, tags)
    expect(platform.application_method.target_rules).toEqual([{ attribute: "items.product.tags.id", operator: "in", values: ["ptag_brand1"] }])
    const funded = promotionDraft({ code: "E", kind: "percentage", value: 10, target: { brand_ids: ["brand_1"] } }, tags, "enterprise")
    expect(funded.metadata.seleno_funding).toBe("enterprise")
    expect(funded.application_method.target_rules).toEqual([
      { attribute: "items.product.tags.id", operator: "in", values: ["ptag_brand1"] },
      { attribute: "items.product.tags.id", operator: "in", values: ["ptag_consent"] },
    ])
    const own = promotionDraft({ code: "P", kind: "fixed", value: 1, funding_source: "platform" }, tags, "enterprise")
    expect(own.metadata.seleno_funding).toBe("platform")
    expect(own.application_method.target_rules).toEqual([])
  })

  it("leaves an untargeted discount on every item", () => {
    expect(promotionDraft({ code: "ALL", kind: "fixed", value: 5 }, none).application_method.target_rules).toEqual([])
  })

  it("makes buy_get Medusa's buyget with the get products free", () => {
    const draft = promotionDraft({ code: "B2G1", kind: "buy_get", buy: { product_ids: ["prod_a"], quantity: 2 }, get: { product_ids: ["prod_b"], quantity: 1 } }, none)
    expect(draft.type).toBe("buyget")
    expect(draft.application_method).toMatchObject({
      type: "percentage",
      value: 100,
      buy_rules_min_quantity: 2,
      apply_to_quantity: 1,
      max_quantity: 1,
      buy_rules: [{ attribute: "items.product.id", operator: "in", values: ["prod_a"] }],
      target_rules: [{ attribute: "items.product.id", operator: "in", values: ["prod_b"] }],
    })
  })

  it("makes free shipping 100% off shipping with the items total threshold as a rule", () => {
    const draft = promotionDraft({ code: "SHIP", kind: "free_shipping", min_subtotal: 99 }, none)
    expect(draft.application_method).toMatchObject({ type: "percentage", value: 100, target_type: "shipping_methods" })
    expect(draft.rules).toEqual([{ attribute: "original_item_total", operator: "gte", values: ["99"] }])
    expect(promotionDraft({ code: "SHIP", kind: "free_shipping" }, none).rules).toEqual([])
  })
})

describe("windowsOverlap", () => {
  const week = { starts_at: "2026-11-01T00:00:00Z", ends_at: "2026-11-08T00:00:00Z" }
  it("sees shared time, not touching ends", () => {
    expect(windowsOverlap(week, { starts_at: "2026-11-07T00:00:00Z", ends_at: "2026-11-09T00:00:00Z" })).toBe(true)
    expect(windowsOverlap(week, { starts_at: "2026-11-08T00:00:00Z", ends_at: "2026-11-09T00:00:00Z" })).toBe(false)
    expect(windowsOverlap(week, { starts_at: "2026-10-01T00:00:00Z", ends_at: null })).toBe(true)
  })
})

describe("toAdminCampaign", () => {
  const page = {
    id: "cpage_1",
    campaign_id: "procamp_1",
    handle: "xibohui-2026",
    kind: "expo" as const,
    title: "硒博会",
    title_en: "Expo",
    body: null,
    body_en: null,
    hero_image_url: null,
    share_image_url: null,
    featured_brand_ids: [],
    featured_county_codes: [],
    featured_product_ids: [],
    exclusive: false,
    funding_source: "platform" as const,
  }
  it("computes the phase at read time and reads the budget used from Medusa", () => {
    const campaign = {
      id: "procamp_1",
      starts_at: "2026-11-01T00:00:00Z",
      ends_at: "2026-11-08T00:00:00Z",
      budget: { type: "spend", limit: "500", used: "120.5", currency_code: "cny" },
      promotions: [],
    }
    expect(toAdminCampaign(page, campaign, new Date("2026-10-31T00:00:00Z")).phase).toBe("upcoming")
    const running = toAdminCampaign(page, campaign, new Date("2026-11-02T00:00:00Z"))
    expect(running).toMatchObject({ phase: "running", name: "硒博会", budget: { limit: 500, used: 120.5 } })
    expect(toAdminCampaign(page, campaign, new Date("2026-11-08T00:00:00Z")).phase).toBe("ended")
  })

  it("reads a promotion's kind from its metadata, else from its shape", () => {
    const shaped = { id: "promo_1", code: "A", is_automatic: false, type: "standard", application_method: { type: "percentage", target_type: "shipping_methods", value: 100 } }
    expect(promotionView(shaped)).toMatchObject({ kind: "free_shipping", value: null })
    expect(promotionView({ ...shaped, type: "buyget" }).kind).toBe("buy_get")
    expect(promotionView({ ...shaped, application_method: { type: "fixed", target_type: "items", value: "7.5" } })).toMatchObject({ kind: "fixed", value: 7.5 })
  })
})
