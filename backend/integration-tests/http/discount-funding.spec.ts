import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { brandTagValue } from "@seleno/domain"
import { platformFundedFenByItem } from "../../src/lib/discount-funding"
import { MARKETING_MODULE } from "../../src/modules/marketing"
import type MarketingModuleService from "../../src/modules/marketing/service"
import { DEMO_PORTAL } from "../../src/seed/seed-portal"
import { readyCart, regionId } from "../utils/checkout"
import { adminHeaders, eventually, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

type Headers = { headers: Record<string, string> }
interface Item {
  productId: string
  variantId: string
  price: number
}

seededSuite("seleno_it_discount_funding", ({ api, getContainer, store }) => {
  let admin: Headers
  let region: string
  let serial = 0
  const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`
  const code = (prefix: string) => unique(prefix).toUpperCase().replace(/[^A-Z0-9]/g, "")
  const iso = (offset: number) => new Date(Date.now() + offset).toISOString()
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  async function item(handle: string): Promise<Item> {
    const { data } = await api.get(`/store/products?handle=${handle}&region_id=${region}&fields=id,*variants,*variants.calculated_price`, store)
    const product = data.products[0]
    const variant = [...product.variants].sort((a: { sku: string }, b: { sku: string }) => a.sku.localeCompare(b.sku))[0]
    return { productId: product.id, variantId: variant.id, price: Number(variant.calculated_price.original_amount) }
  }

  async function brandId(handle: string): Promise<string> {
    const { data } = await query().graph({ entity: "brand", fields: ["id"], filters: { handle } })
    return (data[0] as { id: string }).id
  }

  async function enterpriseId(handle: string): Promise<string> {
    const { data } = await query().graph({ entity: "enterprise", fields: ["id"], filters: { handle } })
    return (data[0] as { id: string }).id
  }

  async function portal(email: string): Promise<Headers> {
    const { data } = await api.post("/auth/enterprise/emailpass", { email, password: process.env.DEMO_ENTERPRISE_PASSWORD || DEMO_PORTAL.password })
    return { headers: { authorization: `Bearer ${data.token}` } }
  }
  const ziyangOwner = () => portal("ziyang@enterprise.example.com")
  const langaoOwner = () => portal("langao@enterprise.example.com")

  function campaignBody(overrides: Record<string, unknown>) {
    return { handle: unique("fund"), kind: "brand_week", name: "出资测试", starts_at: iso(-HOUR), ends_at: iso(7 * DAY), ...overrides }
  }

  async function pageHandles(): Promise<string[]> {
    const pages = await getContainer().resolve<MarketingModuleService>(MARKETING_MODULE).listCampaignPages({}, { select: ["handle"] })
    return pages.map((p) => p.handle)
  }

  async function discountOf(cartId: string): Promise<number> {
    const { data } = await api.get(`/store/carts/${cartId}?fields=id,discount_total`, store)
    return Number(data.cart.discount_total)
  }

  let maojian: Item // 紫阳毛尖: 紫阳富硒茶 (sub-brand of 安康富硒茶), 紫阳县富硒茶业
  let konjacFlour: Item // 岚皋魔芋精粉: 岚皋魔芋 (sub-brand of 安康魔芋), 岚皋县魔芋合作社
  let jiaogulan: Item // 平利绞股蓝: 平利女娲山茶叶合作社

  beforeEach(async () => {
    admin = await adminHeaders(api)
    region = await regionId(api, store)
    maojian = await item("ziyang-maojian-green-tea")
    konjacFlour = await item("langao-konjac-flour")
    jiaogulan = await item("pingli-jiaogulan")
  })

  it("XBH2026 (安康富硒茶, 安康魔芋) applies to its county sub-brands' products the page features", async () => {
    for (const product of [maojian, konjacFlour]) {
      const cartId = await readyCart(api, store, { regionId: region, items: [{ variant_id: product.variantId, quantity: 1 }] })
      await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["XBH2026"] }, store)
      expect(await discountOf(cartId)).toBeCloseTo(product.price * 0.1, 6)
    }
    const { data } = await api.get("/store/campaigns/xibohui-2026", store)
    expect(data.campaign.featured_product_ids).toEqual(expect.arrayContaining([maojian.productId, konjacFlour.productId]))
  })

  it("a product put under a sub-brand after the campaign was made gets the brand's code", async () => {
    const promo = code("ZIYANG")
    const created = await api.post(
      "/admin/marketing/campaigns",
      campaignBody({ promotions: [{ code: promo, kind: "percentage", value: 20, target: { brand_ids: [await brandId("ziyang-selenium-tea")] } }] }),
      admin
    )
    expect(created.status).toBe(201)
    const tea = await item("pingli-nvwa-tea") // 安康富硒茶, not 紫阳富硒茶
    const before = await readyCart(api, store, { regionId: region, items: [{ variant_id: tea.variantId, quantity: 1 }] })
    await api.post(`/store/carts/${before}/promotions`, { promo_codes: [promo] }, store).catch(() => undefined)
    expect(await discountOf(before)).toBe(0)

    await api.post(
      `/admin/products/${tea.productId}/origin`,
      { brand_id: await brandId("ziyang-selenium-tea"), enterprise_id: await enterpriseId("ziyang-selenium-tea-co") },
      admin
    )
    await eventually(async () => {
      const { data } = await query().graph({ entity: "product", fields: ["tags.value"], filters: { id: tea.productId } })
      const tags = ((data[0] as { tags: { value: string }[] }).tags ?? []).map((t) => t.value)
      return tags.includes(brandTagValue("ziyang-selenium-tea")) && tags.includes(brandTagValue("ankang-selenium-tea")) ? tags : null
    })
    const after = await readyCart(api, store, { regionId: region, items: [{ variant_id: tea.variantId, quantity: 1 }] })
    await api.post(`/store/carts/${after}/promotions`, { promo_codes: [promo] }, store)
    expect(await discountOf(after)).toBeCloseTo(tea.price * 0.2, 6)
  })

  it("refuses an enterprise-funded campaign or live price on an opted-out enterprise's product until it opts in", async () => {
    const body = campaignBody({ funding_source: "enterprise", promotions: [{ code: code("ENT"), kind: "fixed", value: 5, target: { product_ids: [maojian.productId] } }] })
    const refused = await expectFailure(api.post("/admin/marketing/campaigns", body, admin))
    expect(refused.status).toBe(400)
    expect(refused.data.message).toContain("紫阳县富硒茶业有限公司")
    expect(refused.data.message).toContain(maojian.productId)
    expect(await pageHandles()).not.toContain(body.handle)

    // A platform-funded campaign needs no consent.
    const platform = await api.post("/admin/marketing/campaigns", { ...body, handle: unique("plat"), funding_source: "platform", promotions: [{ code: code("PLAT"), kind: "fixed", value: 5, target: { product_ids: [maojian.productId] } }] }, admin)
    expect(platform.status).toBe(201)
    expect(platform.data.campaign.funding_source).toBe("platform")

    const live = await expectFailure(
      api.post(
        "/admin/marketing/live-sessions",
        {
          campaign_id: platform.data.campaign.id,
          handle: unique("live"),
          title: "魔芋直播",
          host: "主播",
          stream_url: "https://live.example.com/x",
          starts_at: iso(HOUR),
          ends_at: iso(2 * HOUR),
          funding_source: "enterprise",
          prices: [{ variant_id: konjacFlour.variantId, amount: konjacFlour.price - 1 }],
        },
        admin
      )
    )
    expect(live.status).toBe(400)
    expect(live.data.message).toContain("岚皋县魔芋专业合作社")

    const ziyang = await ziyangOwner()
    const { data: before } = await api.get("/enterprise/discount-consent", ziyang)
    expect(before.discount_consent.accepts_enterprise_funded).toBe(false)
    const { data: opted } = await api.post("/enterprise/discount-consent", { accepts_enterprise_funded: true }, ziyang)
    expect(opted.discount_consent.accepts_enterprise_funded).toBe(true)
    const accepted = await api.post("/admin/marketing/campaigns", body, admin)
    expect(accepted.status).toBe(201)
    expect(accepted.data.campaign).toMatchObject({ funding_source: "enterprise", promotions: [expect.objectContaining({ funding_source: "enterprise" })] })
    const { data: listed } = await api.get("/enterprise/discount-consent", ziyang)
    expect(listed.discount_consent.requests).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "campaign", id: accepted.data.campaign.id })]))

    // Who pays is fixed once made.
    const change = await expectFailure(api.post(`/admin/marketing/campaigns/${accepted.data.campaign.id}`, { funding_source: "platform" }, admin))
    expect(change.status).toBe(400)
  })

  it("refuses prices below an enterprise's floor, and a ¥0.01 price list without its consent", async () => {
    const ziyang = await ziyangOwner()
    const floor = Math.round(maojian.price * 0.8)
    const { data } = await api.post("/enterprise/price-floors", { variant_id: maojian.variantId, amount: floor }, ziyang)
    expect(data.price_floors.find((f: { variant_id: string }) => f.variant_id === maojian.variantId)).toMatchObject({ floor_amount: floor, regular_amount: maojian.price })

    // Another enterprise cannot touch it.
    const other = await expectFailure(api.post("/enterprise/price-floors", { variant_id: maojian.variantId, amount: 1 }, await langaoOwner()))
    expect(other.status).toBe(404)

    const page = await api.post("/admin/marketing/campaigns", campaignBody({ promotions: [{ code: code("FL"), kind: "percentage", value: 5, target: { product_ids: [jiaogulan.productId] } }] }), admin)
    const session = await expectFailure(
      api.post(
        "/admin/marketing/live-sessions",
        {
          campaign_id: page.data.campaign.id,
          handle: unique("floor"),
          title: "低于底价",
          host: "主播",
          stream_url: "https://live.example.com/x",
          starts_at: iso(HOUR),
          ends_at: iso(2 * HOUR),
          prices: [{ variant_id: maojian.variantId, amount: floor - 1 }],
        },
        admin
      )
    )
    expect(session.status).toBe(400)
    expect(session.data.message).toContain(`floor price ¥${floor}`)

    const listBody = (variantId: string, amount: number) => ({ title: "特价", description: "test", type: "sale", status: "active", prices: [{ variant_id: variantId, amount, currency_code: "cny" }] })
    const belowFloor = await expectFailure(api.post("/admin/price-lists", listBody(maojian.variantId, floor - 1), admin))
    expect(belowFloor.status).toBe(400)
    expect(belowFloor.data.message).toContain("floor")
    const penny = await expectFailure(api.post("/admin/price-lists", listBody(konjacFlour.variantId, 0.01), admin))
    expect(penny.status).toBe(400)
    expect(penny.data.message).toContain("岚皋县魔芋专业合作社")

    // Through the batch route too; an empty list itself is fine.
    const { data: empty } = await api.post("/admin/price-lists", { title: "空", description: "test", type: "sale", status: "draft" }, admin)
    const batch = await expectFailure(
      api.post(`/admin/price-lists/${empty.price_list.id}/prices/batch`, { create: [{ variant_id: konjacFlour.variantId, amount: 0.01, currency_code: "cny" }] }, admin)
    )
    expect(batch.status).toBe(400)
    const { data: prices } = await api.get(`/admin/price-lists/${empty.price_list.id}?fields=id,*prices`, admin)
    expect(prices.price_list.prices ?? []).toHaveLength(0)

    // The enterprise's own price and staff's edits keep to the floor as well.
    const own = await expectFailure(api.post(`/enterprise/products/${maojian.productId}/variants/${maojian.variantId}`, { price: floor - 1 }, ziyang))
    expect(own.status).toBe(400)
    const staff = await expectFailure(
      api.post(`/admin/products/${maojian.productId}/variants/${maojian.variantId}`, { prices: [{ amount: floor - 1, currency_code: "cny" }] }, admin)
    )
    expect(staff.status).toBe(400)
  })

  it("settles per line: a platform code's fen, nothing of an enterprise code, and a platform live price's cut", async () => {
    await api.post("/enterprise/discount-consent", { accepts_enterprise_funded: true }, await ziyangOwner())
    const platformCode = code("PLATFORM")
    const enterpriseCode = code("ENTERPRISE")
    const platform = await api.post(
      "/admin/marketing/campaigns",
      campaignBody({ funding_source: "platform", promotions: [{ code: platformCode, kind: "percentage", value: 10, target: { product_ids: [jiaogulan.productId] } }] }),
      admin
    )
    await api.post(
      "/admin/marketing/campaigns",
      campaignBody({ funding_source: "enterprise", promotions: [{ code: enterpriseCode, kind: "fixed", value: 5, target: { product_ids: [maojian.productId] } }] }),
      admin
    )
    const livePrice = Math.round((konjacFlour.price - 3.5) * 100) / 100
    const live = await api.post(
      "/admin/marketing/live-sessions",
      {
        campaign_id: platform.data.campaign.id,
        handle: unique("now"),
        title: "魔芋直播",
        host: "主播",
        stream_url: "https://live.example.com/now",
        starts_at: iso(-HOUR),
        ends_at: iso(HOUR),
        funding_source: "platform",
        prices: [{ variant_id: konjacFlour.variantId, amount: livePrice }],
      },
      admin
    )
    expect(live.data.live_session.funding_source).toBe("platform")

    const items = [
      { variant_id: jiaogulan.variantId, quantity: 2 },
      { variant_id: maojian.variantId, quantity: 1 },
      { variant_id: konjacFlour.variantId, quantity: 3 },
    ]
    const cartId = await readyCart(api, store, { regionId: region, items })
    await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [platformCode, enterpriseCode] }, store)
    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
    await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
    const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(completed.type).toBe("order")
    const orderItems = completed.order.items as { id: string; variant_id: string }[]
    const lineOf = (variantId: string) => orderItems.find((i) => i.variant_id === variantId)!.id

    // The snapshot is written by the order.placed subscriber.
    const marketing = getContainer().resolve<MarketingModuleService>(MARKETING_MODULE)
    await eventually(async () => ((await marketing.listOrderLineFundings({ order_id: completed.order.id })).length === 3 ? true : null))

    const [konjacSnapshot] = await marketing.listOrderLineFundings({ item_id: lineOf(konjacFlour.variantId) })
    expect(konjacSnapshot).toMatchObject({ unit_price_fen: Math.round(livePrice * 100), list_unit_price_fen: Math.round(konjacFlour.price * 100), live_funding: "platform" })
    const funded = await platformFundedFenByItem(getContainer(), orderItems.map((i) => i.id))
    expect(funded.get(lineOf(jiaogulan.variantId))).toBe(Math.round(jiaogulan.price * 100 * 0.1) * 2)
    expect(funded.get(lineOf(maojian.variantId))).toBe(0)
    expect(funded.get(lineOf(konjacFlour.variantId))).toBe(350 * 3)
    const [konjacLine] = await marketing.listOrderLineFundings({ item_id: lineOf(konjacFlour.variantId) })
    expect(konjacLine).toMatchObject({ live_session_id: live.data.live_session.id, live_funding: "platform", unit_price_fen: Math.round(livePrice * 100) })
  })
})
