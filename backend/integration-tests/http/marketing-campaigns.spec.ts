import type { INotificationModuleService, IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { MARKETING_MODULE } from "../../src/modules/marketing"
import type MarketingModuleService from "../../src/modules/marketing/service"
import campaignScheduleJob from "../../src/jobs/campaign-schedule"
import { createMarketingCampaignWorkflow } from "../../src/workflows/marketing/create-marketing-campaign"
import { readyCart, regionId } from "../utils/checkout"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_marketing_campaigns"
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

// A failure after every write has happened: the whole campaign must be undone. Only this handle fails.
const FAILING_HANDLE = "undo-everything"
createMarketingCampaignWorkflow.hooks.campaignCreated(({ page }) => {
  if (page.handle === FAILING_HANDLE) throw new MedusaError(MedusaError.Types.INVALID_DATA, "forced failure after the campaign was written")
})

type Headers = { headers: Record<string, string> }
interface Variant {
  id: string
  price: number
}
interface Product {
  id: string
  variants: Variant[]
  brand_id: string
  category_ids: string[]
}

/** Axios errors hold circular request/response objects that jest cannot report; keep status and body. */
async function call<T>(request: Promise<T>): Promise<T> {
  try {
    return await request
  } catch (error) {
    const response = (error as { response?: { status: number; data: unknown } }).response
    if (response) throw new Error(`HTTP ${response.status}: ${JSON.stringify(response.data)}`)
    throw error
  }
}

seededSuite(DB_NAME, ({ api, getContainer, store }) => {
  type Answer = { status: number; data: any }
  const post = (url: string, body?: object, config?: object): Promise<Answer> => call(api.post(url, body, config))
  const get = (url: string, config?: object): Promise<Answer> => call(api.get(url, config))
  let admin: Headers
  let region: string
  let water: Product // variants ¥59 and ¥49
  let jiaogulan: Product // ¥68

  const iso = (offset: number) => new Date(Date.now() + offset).toISOString()
  let serial = 0
  const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`
  const code = (prefix: string) => unique(prefix).toUpperCase().replace(/[^A-Z0-9]/g, "")

  async function product(handle: string): Promise<Product> {
    const { data } = await get(
      `/store/products?handle=${handle}&region_id=${region}&fields=id,*variants,*variants.calculated_price,*categories`,
      store
    )
    const p = data.products[0]
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: linked } = await query.graph({ entity: "product", fields: ["id", "brand.id"], filters: { id: p.id } })
    return {
      id: p.id,
      brand_id: (linked[0] as { brand?: { id: string } }).brand!.id,
      category_ids: (p.categories ?? []).map((c: { id: string }) => c.id),
      variants: p.variants.map((v: { id: string; calculated_price: { calculated_amount: number } }) => ({ id: v.id, price: Number(v.calculated_price.calculated_amount) })),
    }
  }

  function campaignBody(overrides: Record<string, unknown> = {}) {
    return {
      handle: unique("camp"),
      kind: "brand_week",
      name: "富硒水品牌周",
      name_en: "Selenium water week",
      starts_at: iso(-HOUR),
      ends_at: iso(7 * DAY),
      promotions: [{ code: code("WATER"), kind: "percentage", value: 10, target: { product_ids: [water.id] } }],
      ...overrides,
    }
  }

  async function createCampaign(overrides: Record<string, unknown> = {}) {
    const { status, data } = await post("/admin/marketing/campaigns", campaignBody(overrides), admin)
    expect(status).toBe(201)
    return data.campaign
  }

  async function counts(container: MedusaContainer) {
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    const marketing = container.resolve<MarketingModuleService>(MARKETING_MODULE)
    return {
      campaigns: (await promotions.listCampaigns({}, { select: ["id"] })).length,
      promotions: (await promotions.listPromotions({}, { select: ["id"] })).length,
      pages: (await marketing.listCampaignPages({}, { select: ["id"] })).length,
    }
  }

  // Item totals are not among the cart's default fields.
  const CART_FIELDS = "id,total,discount_total,shipping_total,*items,items.total,items.subtotal,items.discount_total"
  async function cart(items: { variant_id: string; quantity: number }[]) {
    const { data } = await post("/store/carts", { region_id: region, items }, store)
    const { data: read } = await get(`/store/carts/${data.cart.id}?fields=${CART_FIELDS}`, store)
    return read.cart
  }

  async function applyCode(cartId: string, promo: string) {
    return api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [promo] }, store)
  }

  async function placeOrder(items: { variant_id: string; quantity: number }[], promo?: string) {
    const cartId = await call(readyCart(api, store, { regionId: region, items }))
    if (promo) {
      await call(applyCode(cartId, promo))
      // A new total drops the payment session; the shopper's checkout starts a new one, as here.
      const { data: pc } = await post("/store/payment-collections", { cart_id: cartId }, store)
      await post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
    }
    const { data } = await post(`/store/carts/${cartId}/complete`, {}, store)
    expect(data.type).toBe("order")
    return data.order
  }

  beforeEach(async () => {
    admin = await call(adminHeaders(api))
    region = await regionId(api, store)
    water = await product("ankang-selenium-water")
    jiaogulan = await product("pingli-jiaogulan")
  })

  it("creates a campaign on Medusa's campaign and promotions, and shows its landing page in the store", async () => {
    const visible = code("SHOWN")
    const automatic = code("AUTO")
    const body = campaignBody({
      budget: { type: "spend", limit: 500 },
      featured_brand_ids: [water.brand_id],
      featured_county_codes: ["hanbin"],
      featured_product_ids: [water.id],
      promotions: [
        { code: visible, kind: "percentage", value: 12, target: { brand_ids: [water.brand_id] }, usage_limit: 50 },
        { code: automatic, automatic: true, kind: "fixed", value: 5, target: { product_ids: [jiaogulan.id] } },
      ],
    })
    const { status, data } = await post("/admin/marketing/campaigns", body, admin)
    expect(status).toBe(201)
    const campaign = data.campaign
    expect(campaign).toMatchObject({
      handle: body.handle,
      phase: "running",
      name: "富硒水品牌周",
      budget: { type: "spend", limit: 500, used: 0, currency_code: "cny" },
      featured_county_codes: ["hanbin"],
    })
    expect(campaign.id).toMatch(/^cpage_/)
    expect(campaign.promotions).toHaveLength(2)
    expect(campaign.promotions.find((p: { code: string }) => p.code === visible)).toMatchObject({
      kind: "percentage",
      value: 12,
      usage_limit: 50,
      used: 0,
      automatic: false,
      target: { brand_ids: [water.brand_id] },
    })

    // Medusa holds the dates, budget and the promotions, linked to our page.
    const promotionModule = getContainer().resolve<IPromotionModuleService>(Modules.PROMOTION)
    const medusaCampaign = await promotionModule.retrieveCampaign(campaign.campaign_id, { relations: ["budget", "promotions"] })
    expect(medusaCampaign.campaign_identifier).toBe(body.handle)
    expect(Number(medusaCampaign.budget?.limit)).toBe(500)
    expect(medusaCampaign.promotions?.map((p) => p.code).sort()).toEqual([automatic, visible].sort())
    const [brandPromotion] = await promotionModule.listPromotions(
      { code: visible },
      { relations: ["application_method", "application_method.target_rules", "application_method.target_rules.values"] }
    )
    // The brand target is a rule on the brand's tag, which its products (and later ones) carry.
    const rule = brandPromotion!.application_method!.target_rules![0]!
    expect(rule.attribute).toBe("items.product.tags.id")
    const { data: tagged } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["tags.id"], filters: { id: water.id } })
    const waterTags = ((tagged[0] as { tags: { id: string }[] }).tags ?? []).map((t) => t.id)
    expect(rule.values!.map((v) => v.value).some((id) => !!id && waterTags.includes(id))).toBe(true)

    const { data: listed } = await get("/store/campaigns", store)
    expect(listed.campaigns.map((c: { handle: string }) => c.handle)).toContain(body.handle)
    const { data: page } = await get(`/store/campaigns/${body.handle}`, store)
    expect(page.campaign).toMatchObject({ handle: body.handle, phase: "running", featured_product_ids: [water.id], live_sessions: [] })
    expect(page.campaign.featured_brands).toEqual([expect.objectContaining({ id: water.brand_id, handle: "ankang-selenium-water" })])
    // Only typed codes are shown; budgets and usage stay internal.
    expect(page.campaign.codes).toEqual([{ code: visible, kind: "percentage", value: 12, min_subtotal: null }])
    expect(page.campaign.budget).toBeUndefined()

    const { data: adminList } = await get("/admin/marketing/campaigns", admin)
    expect(adminList.campaigns[0].handle).toBe(body.handle)
    const { data: one } = await get(`/admin/marketing/campaigns/${campaign.id}`, admin)
    expect(one.campaign.handle).toBe(body.handle)
    expect((await expectFailure(api.get(`/store/campaigns/no-such-campaign`, store))).status).toBe(404)
  })

  it("prices offers exactly as Medusa's cart charges them (percentage and fixed, CNY)", async () => {
    const percentage = code("PCT")
    const fixed = code("FIX")
    await createCampaign({
      promotions: [
        { code: percentage, automatic: true, kind: "percentage", value: 15, target: { product_ids: [water.id] } },
        { code: fixed, automatic: true, kind: "fixed", value: 7.5, target: { product_ids: [jiaogulan.id] } },
      ],
    })
    const { data } = await get(`/store/campaign-offers?product_ids=${water.id},${jiaogulan.id}`, store)
    expect(data.offers).toHaveLength(3)
    const offer = (variantId: string) => data.offers.find((o: { variant_id: string }) => o.variant_id === variantId)
    for (const variant of water.variants) {
      expect(offer(variant.id)).toMatchObject({ product_id: water.id, promotion_code: percentage, currency_code: "cny", original_amount: variant.price })
      expect(offer(variant.id).amount).toBeCloseTo(variant.price * 0.85, 6)
    }
    expect(offer(jiaogulan.variants[0]!.id).amount).toBeCloseTo(jiaogulan.variants[0]!.price - 7.5, 6)

    const lines = [
      { variant_id: water.variants[0]!.id, quantity: 2 },
      { variant_id: water.variants[1]!.id, quantity: 1 },
      { variant_id: jiaogulan.variants[0]!.id, quantity: 3 },
    ]
    const charged = await cart(lines)
    for (const line of lines) {
      const item = charged.items.find((i: { variant_id: string }) => i.variant_id === line.variant_id)
      expect(Number(item.total)).toBeCloseTo(offer(line.variant_id).amount * line.quantity, 6)
    }
    const expectedDiscount = lines.reduce((sum, line) => sum + (offer(line.variant_id).original_amount - offer(line.variant_id).amount) * line.quantity, 0)
    expect(Number(charged.discount_total)).toBeCloseTo(expectedDiscount, 6)
  })

  it("refuses a code once its usage limit is used up", async () => {
    const once = code("ONCE")
    await createCampaign({ promotions: [{ code: once, kind: "percentage", value: 10, usage_limit: 1 }] })
    const fresh = await cart([{ variant_id: jiaogulan.variants[0]!.id, quantity: 1 }])
    const { data: applied } = await call(applyCode(fresh.id, once))
    expect(Number(applied.cart.discount_total)).toBeCloseTo(jiaogulan.variants[0]!.price * 0.1, 6)

    await placeOrder([{ variant_id: jiaogulan.variants[0]!.id, quantity: 1 }], once)
    const next = await cart([{ variant_id: jiaogulan.variants[0]!.id, quantity: 1 }])
    const refused = await expectFailure(applyCode(next.id, once))
    expect(refused.status).toBe(400)
    expect(refused.data).toMatchObject({ type: "invalid_data", reason: "used_up" })
    expect((await expectFailure(applyCode(next.id, "NOSUCHCODE"))).data.reason).toBe("unknown")
  })

  it("stops a spend budget once spent, and refuses codes of a campaign whose budget is used", async () => {
    // ¥20 off each bottle pack, ¥30 to spend: the first order spends 20, the next 20 would go over.
    const spend = await createCampaign({
      budget: { type: "spend", limit: 30 },
      promotions: [{ code: code("SPEND"), automatic: true, kind: "fixed", value: 20, target: { product_ids: [water.id] } }],
    })
    const line = { variant_id: water.variants[0]!.id, quantity: 1 }
    const first = await cart([line])
    expect(Number(first.discount_total)).toBeCloseTo(20, 6)
    expect((await get(`/store/campaign-offers?product_ids=${water.id}`, store)).data.offers).toHaveLength(2)
    await placeOrder([line])
    const { data: after } = await get(`/admin/marketing/campaigns/${spend.id}`, admin)
    expect(after.campaign.budget).toMatchObject({ type: "spend", limit: 30, used: 20 })
    const second = await cart([line])
    expect(Number(second.discount_total)).toBe(0)
    // The storefront's offer price stops with it.
    expect((await get(`/store/campaign-offers?product_ids=${water.id}`, store)).data.offers).toEqual([])

    const single = code("BUDGET")
    await createCampaign({ budget: { type: "usage", limit: 1 }, promotions: [{ code: single, kind: "percentage", value: 5 }] })
    await placeOrder([{ variant_id: jiaogulan.variants[0]!.id, quantity: 1 }], single)
    const next = await cart([{ variant_id: jiaogulan.variants[0]!.id, quantity: 1 }])
    const refused = await expectFailure(applyCode(next.id, single))
    expect(refused.status).toBe(400)
    expect(refused.data).toMatchObject({ type: "invalid_data", reason: "budget_spent" })
  })

  it("follows the campaign's dates: not started before, ended after (early end by ends_at)", async () => {
    const later = code("LATER")
    const upcoming = await createCampaign({
      starts_at: iso(2 * DAY),
      ends_at: iso(9 * DAY),
      promotions: [{ code: later, kind: "percentage", value: 10 }, { code: code("LATERAUTO"), automatic: true, kind: "percentage", value: 20, target: { product_ids: [water.id] } }],
    })
    expect(upcoming.phase).toBe("upcoming")
    const { data: listed } = await get("/store/campaigns", store)
    const entry = listed.campaigns.find((c: { handle: string }) => c.handle === upcoming.handle)
    expect(entry.phase).toBe("upcoming")
    expect(listed.campaigns.filter((c: { phase: string }) => c.phase === "running").map((c: { handle: string }) => c.handle)).not.toContain(upcoming.handle)
    const notYet = await cart([{ variant_id: water.variants[0]!.id, quantity: 1 }])
    expect(Number(notYet.discount_total)).toBe(0)
    expect((await get(`/store/campaign-offers?product_ids=${water.id}`, store)).data.offers).toEqual([])
    expect((await expectFailure(applyCode(notYet.id, later))).data).toMatchObject({ type: "invalid_data", reason: "not_started" })

    const now = code("NOW")
    const running = await createCampaign({
      promotions: [{ code: now, kind: "percentage", value: 10 }, { code: code("NOWAUTO"), automatic: true, kind: "percentage", value: 20, target: { product_ids: [water.id] } }],
    })
    const during = await cart([{ variant_id: water.variants[0]!.id, quantity: 1 }])
    expect(Number(during.discount_total)).toBeCloseTo(water.variants[0]!.price * 0.2, 6)

    const { data: ended } = await post(`/admin/marketing/campaigns/${running.id}`, { ends_at: new Date().toISOString() }, admin)
    expect(ended.campaign.phase).toBe("ended")
    const afterwards = await cart([{ variant_id: water.variants[0]!.id, quantity: 1 }])
    expect(Number(afterwards.discount_total)).toBe(0)
    expect((await expectFailure(applyCode(afterwards.id, now))).data).toMatchObject({ type: "invalid_data", reason: "ended" })
    const { data: page } = await get(`/store/campaigns/${running.handle}`, store)
    expect(page.campaign).toMatchObject({ phase: "ended", codes: [] })
    const { data: relisted } = await get("/store/campaigns", store)
    expect(relisted.campaigns.map((c: { handle: string }) => c.handle)).not.toContain(running.handle)
  })

  it("changes page fields, dates and the budget limit, and refuses an end before the start", async () => {
    const campaign = await createCampaign({ budget: { type: "usage", limit: 10 } })
    const { data } = await post(
      `/admin/marketing/campaigns/${campaign.id}`,
      { name: "富硒水周末", body: "周末特惠", budget: { limit: 20 }, featured_county_codes: ["pingli"], featured_product_ids: [water.id] },
      admin
    )
    expect(data.campaign).toMatchObject({ name: "富硒水周末", body: "周末特惠", budget: { limit: 20 }, featured_county_codes: ["pingli"], featured_product_ids: [water.id] })
    // The page may not feature a product none of its codes discounts (the water code leaves out 绞股蓝).
    const unreached = await expectFailure(api.post(`/admin/marketing/campaigns/${campaign.id}`, { featured_product_ids: [jiaogulan.id] }, admin))
    expect(unreached.status).toBe(400)
    expect(unreached.data.message).toContain("featured_product_ids")
    const refused = await expectFailure(api.post(`/admin/marketing/campaigns/${campaign.id}`, { ends_at: iso(-2 * DAY) }, admin))
    expect(refused.status).toBe(400)
    expect(refused.data.message).toContain("ends_at")
    const { data: unchanged } = await get(`/admin/marketing/campaigns/${campaign.id}`, admin)
    expect(unchanged.campaign.ends_at).toBe(campaign.ends_at)
  })

  it("refuses bad campaigns naming the field, leaving nothing behind", async () => {
    await createCampaign({ handle: "taken-handle", promotions: [{ code: "TAKENCODE", kind: "percentage", value: 10 }] })
    const cases: [string, Record<string, unknown>, string][] = [
      ["end before start", { starts_at: iso(DAY), ends_at: iso(HOUR) }, "ends_at"],
      ["negative budget", { budget: { type: "spend", limit: -5 } }, "budget.limit"],
      ["negative discount", { promotions: [{ code: code("NEG"), kind: "fixed", value: -3 }] }, "promotions[0].value"],
      ["percentage over 100", { promotions: [{ code: code("OVER"), kind: "percentage", value: 120 }] }, "promotions[0].value"],
      ["unknown product", { promotions: [{ code: code("UNK"), kind: "percentage", value: 10, target: { product_ids: ["prod_nope"] } }] }, "promotions[0].target.product_ids"],
      ["unknown brand", { featured_brand_ids: ["brand_nope"] }, "featured_brand_ids"],
      ["unknown category", { promotions: [{ code: code("CAT"), kind: "percentage", value: 10, target: { category_ids: ["pcat_nope"] } }] }, "promotions[0].target.category_ids"],
      ["unknown county", { featured_county_codes: ["atlantis"] }, "featured_county_codes[0]"],
      ["duplicate code in the body", { promotions: [{ code: "TWICE", kind: "percentage", value: 5 }, { code: "TWICE", kind: "fixed", value: 1 }] }, "promotions[1].code"],
      ["code already in Medusa", { promotions: [{ code: "TAKENCODE", kind: "percentage", value: 5 }] }, "promotions[0].code"],
      ["handle taken", { handle: "taken-handle" }, "handle"],
      // Campaign images come from Seleno's own file store: no scripts, data: or other sites.
      ["script image", { hero_image_url: "javascript:alert(1)" }, "hero_image_url"],
      ["data: image", { share_image_url: "data:image/svg+xml,<svg onload=alert(1)>" }, "share_image_url"],
      ["another site's image", { hero_image_url: "https://evil.example.com/x.png" }, "hero_image_url"],
      // The cheapest water is ¥49: ¥50 off would sell it below zero.
      ["fixed above the cheapest price", { promotions: [{ code: code("BIG"), kind: "fixed", value: 50, target: { product_ids: [water.id] } }] }, "promotions[0].value"],
    ]
    for (const [label, overrides, field] of cases) {
      const before = await counts(getContainer())
      const refused = await expectFailure(api.post("/admin/marketing/campaigns", campaignBody(overrides), admin))
      expect({ label, status: refused.status, type: refused.data.type }).toEqual({ label, status: 400, type: "invalid_data" })
      expect({ label, message: refused.data.message }).toEqual({ label, message: expect.stringContaining(field) })
      expect({ label, counts: await counts(getContainer()) }).toEqual({ label, counts: before })
    }
    const belowZero = await expectFailure(
      api.post("/admin/marketing/campaigns", campaignBody({ promotions: [{ code: code("BIG"), kind: "fixed", value: 50, target: { product_ids: [water.id] } }] }), admin)
    )
    expect(belowZero.data.message).toContain("below zero")
  })

  it("undoes everything when a step fails after the campaign was written", async () => {
    const before = await counts(getContainer())
    const reused = code("UNDONE")
    const failed = await expectFailure(api.post("/admin/marketing/campaigns", campaignBody({ handle: FAILING_HANDLE, promotions: [{ code: reused, kind: "percentage", value: 10 }] }), admin))
    expect(failed.status).toBe(400)
    expect(failed.data.message).toContain("forced failure")
    expect(await counts(getContainer())).toEqual(before)
    // The code and handle are free again.
    await createCampaign({ promotions: [{ code: reused, kind: "percentage", value: 10 }] })
  })

  it("refuses an exclusive campaign overlapping another exclusive one (409 naming it)", async () => {
    // Far enough ahead that no seeded campaign is running then.
    const first = await createCampaign({ name: "独家首发周", exclusive: true, starts_at: iso(400 * DAY), ends_at: iso(407 * DAY) })
    const before = await counts(getContainer())
    const clash = await expectFailure(
      api.post("/admin/marketing/campaigns", campaignBody({ exclusive: true, starts_at: iso(405 * DAY), ends_at: iso(410 * DAY) }), admin)
    )
    expect(clash.status).toBe(409)
    expect(clash.data.message).toContain(first.handle)
    expect(await counts(getContainer())).toEqual(before)
    // Not exclusive, or after it: fine.
    await createCampaign({ starts_at: iso(405 * DAY), ends_at: iso(410 * DAY) })
    await createCampaign({ exclusive: true, starts_at: iso(407 * DAY), ends_at: iso(410 * DAY) })
  })

  it("gives free shipping once the items (as priced, tax included) reach the threshold, through a Medusa rule", async () => {
    const free = code("SHIPFREE")
    const everywhere = code("SHIPALL")
    await createCampaign({ promotions: [{ code: free, kind: "free_shipping", min_subtotal: 100 }, { code: everywhere, kind: "free_shipping" }] })
    const [cheaper, dearer] = [...water.variants].sort((a, b) => a.price - b.price) // ¥49, ¥59
    // 2 × ¥59 = ¥118 reaches ¥100; 2 × ¥49 = ¥98 does not (and neither does its ¥89.91 before tax).
    const big = await call(readyCart(api, store, { regionId: region, items: [{ variant_id: dearer!.id, quantity: 2 }] }))
    const { data: bigApplied } = await call(applyCode(big, free))
    expect(Number(bigApplied.cart.shipping_total)).toBe(0)
    expect(Number(bigApplied.cart.shipping_subtotal)).toBeGreaterThan(0)
    const small = await call(readyCart(api, store, { regionId: region, items: [{ variant_id: cheaper!.id, quantity: 2 }] }))
    const { data: smallApplied } = await call(applyCode(small, free))
    expect(Number(smallApplied.cart.shipping_total)).toBe(10)
    const { data: noThreshold } = await call(applyCode(small, everywhere))
    expect(Number(noThreshold.cart.shipping_total)).toBe(0)
  })


  it("tells marketing staff through Medusa's notifications when a campaign starts or ends, once", async () => {
    const campaign = await createCampaign({ starts_at: iso(-HOUR), ends_at: iso(DAY) })
    const notifications = getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION)
    const sent = async () => notifications.listNotifications({ resource_id: campaign.id })
    // The run five minutes after the start covers it; the run after that does not repeat it.
    const runAfterStart = new Date(Date.parse(campaign.starts_at) + 5 * 60 * 1000)
    await campaignScheduleJob(getContainer(), runAfterStart)
    await campaignScheduleJob(getContainer(), runAfterStart)
    await campaignScheduleJob(getContainer(), new Date(runAfterStart.getTime() + 5 * 60 * 1000))
    expect((await sent()).map((n) => [n.template, n.channel])).toEqual([["campaign-started", "email"]])
    await campaignScheduleJob(getContainer(), new Date(Date.parse(campaign.ends_at) + 5 * 60 * 1000))
    expect((await sent()).map((n) => n.template).sort()).toEqual(["campaign-ended", "campaign-started"])
  })

  it("gives the get product free once the buy products are in the cart (Medusa's buyget)", async () => {
    const bundle = code("B2G1")
    await createCampaign({
      promotions: [{ code: bundle, kind: "buy_get", buy: { product_ids: [water.id], quantity: 2 }, get: { product_ids: [jiaogulan.id], quantity: 1 } }],
    })
    const tea = jiaogulan.variants[0]!
    const enough = await cart([{ variant_id: water.variants[0]!.id, quantity: 2 }, { variant_id: tea.id, quantity: 1 }])
    const { data: applied } = await call(applyCode(enough.id, bundle))
    expect(Number(applied.cart.discount_total)).toBeCloseTo(tea.price, 6)
    const tooFew = await cart([{ variant_id: water.variants[0]!.id, quantity: 1 }, { variant_id: tea.id, quantity: 1 }])
    const { data: none } = await call(applyCode(tooFew.id, bundle))
    expect(Number(none.cart.discount_total)).toBe(0)
  })

  it("reaches products through a category target, in offers and in the cart alike", async () => {
    const herbal = code("HERBAL")
    await createCampaign({ promotions: [{ code: herbal, automatic: true, kind: "percentage", value: 25, target: { category_ids: jiaogulan.category_ids } }] })
    const { data } = await get(`/store/campaign-offers?product_ids=${water.id},${jiaogulan.id}`, store)
    expect(data.offers.map((o: { product_id: string }) => o.product_id)).toEqual([jiaogulan.id])
    const tea = jiaogulan.variants[0]!
    const charged = await cart([{ variant_id: tea.id, quantity: 2 }, { variant_id: water.variants[0]!.id, quantity: 1 }])
    const item = charged.items.find((i: { variant_id: string }) => i.variant_id === tea.id)
    expect(Number(item.total)).toBeCloseTo(data.offers[0].amount * 2, 6)
    expect(Number(charged.discount_total)).toBeCloseTo(tea.price * 0.25 * 2, 6)
  })

  it("shows the campaign's live sessions with their session prices on the landing page", async () => {
    const campaign = await createCampaign()
    const tea = jiaogulan.variants[0]!
    const { status } = await post(
      "/admin/marketing/live-sessions",
      {
        campaign_id: campaign.id,
        handle: unique("live"),
        title: "绞股蓝直播",
        host: "平利主播",
        stream_url: "https://live.example.com/jiaogulan",
        starts_at: iso(-HOUR),
        ends_at: iso(HOUR),
        prices: [{ variant_id: tea.id, amount: tea.price - 10 }],
      },
      admin
    )
    expect(status).toBe(201)
    const { data } = await get(`/store/campaigns/${campaign.handle}`, store)
    expect(data.campaign.live_sessions).toEqual([
      expect.objectContaining({
        title: "绞股蓝直播",
        phase: "running",
        campaign_handle: campaign.handle,
        stream_url: "https://live.example.com/jiaogulan",
        replay_url: null,
        products: [{ product_id: jiaogulan.id, variant_id: tea.id, amount: tea.price - 10, original_amount: tea.price }],
      }),
    ])
  })
})
