import { createCampaignsWorkflow, createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { ATTRIBUTION_WINDOW_DAYS, type CampaignKind } from "@seleno/domain"
import { MARKETING_MODULE } from "../../src/modules/marketing"
import type MarketingModuleService from "../../src/modules/marketing/service"
import { creditOrderAttributionWorkflow } from "../../src/workflows/marketing/attribution-credit-order"
import { regionId, seededVariantId, settle, standardShippingOptionId } from "../utils/checkout"
import { marketingHeaders, type Headers } from "../utils/marketing"
import { ANKANG_ADDRESS, eventually } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DAY_MS = 86_400_000
/** The Asia/Shanghai calendar day `n` days before now. */
const chinaDay = (n = 0) => new Date(Date.now() + 8 * 3600_000 - n * DAY_MS).toISOString().slice(0, 10)
const suffix = () => Math.random().toString(36).slice(2, 8)
const visitorId = () => `v_${suffix()}${suffix()}${suffix()}`.slice(0, 20).padEnd(20, "x")

seededSuite("seleno_it_marketing_attribution", ({ api, getContainer, store }) => {
  let marketing: Headers
  let variantId: string
  let region: string
  const marketingService = () => getContainer().resolve<MarketingModuleService>(MARKETING_MODULE)

  /** A Medusa campaign (with optional code promotion) and its campaign page, the way campaigns are made. */
  async function makeCampaign(input: { starts: number; ends: number; code?: string; kind?: CampaignKind; spendLimit?: number }) {
    const handle = `attr-${suffix()}`
    const { result } = await createCampaignsWorkflow(getContainer()).run({
      input: {
        campaignsData: [
          {
            name: `归因测试 ${handle}`,
            campaign_identifier: handle,
            starts_at: new Date(Date.now() + input.starts * DAY_MS),
            ends_at: new Date(Date.now() + input.ends * DAY_MS),
            ...(input.spendLimit ? { budget: { type: "spend" as const, limit: input.spendLimit, currency_code: "cny" } } : {}),
          },
        ],
      },
    })
    const campaign = result[0]!
    if (input.code) {
      await createPromotionsWorkflow(getContainer()).run({
        input: {
          promotionsData: [
            {
              code: input.code,
              type: "standard",
              status: "active",
              is_automatic: false,
              campaign_id: campaign.id,
              application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10, currency_code: "cny" },
            },
          ],
        },
      })
    }
    const page = await marketingService().createCampaignPages({
      campaign_id: campaign.id,
      handle,
      kind: input.kind ?? "expo",
      title: `归因测试活动 ${handle}`,
    })
    return { id: page.id, handle, campaignId: campaign.id, code: input.code }
  }

  /** A guest checkout the way the storefront drives it, with the visitor id on the cart. */
  async function checkout(input: { visitor?: string; code?: string; visitorLater?: boolean }) {
    const { data } = await api.post(
      "/store/carts",
      {
        region_id: region,
        email: "attribution@example.com",
        shipping_address: ANKANG_ADDRESS,
        billing_address: ANKANG_ADDRESS,
        items: [{ variant_id: variantId, quantity: 2 }],
        ...(input.visitor && !input.visitorLater ? { metadata: { visitor_id: input.visitor } } : {}),
      },
      store
    )
    const cartId: string = data.cart.id
    if (input.visitor && input.visitorLater) await api.post(`/store/carts/${cartId}`, { metadata: { visitor_id: input.visitor } }, store)
    if (input.code) await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [input.code] }, store)
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: await standardShippingOptionId(api, store, cartId) }, store)
    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
    await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
    const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(done.type).toBe("order")
    return { cartId, order: done.order as { id: string; total: number; discount_total: number } }
  }

  const visit = (body: object) => settle(api.post("/store/campaign-visits", body, store))
  const conversionsOf = (filter: { cart_id?: string; campaign_page_id?: string }) => marketingService().listCampaignConversions(filter)

  let X: Awaited<ReturnType<typeof makeCampaign>>
  let Y: Awaited<ReturnType<typeof makeCampaign>>
  let ended: Awaited<ReturnType<typeof makeCampaign>>
  let upcoming: Awaited<ReturnType<typeof makeCampaign>>

  beforeAll(async () => {
    marketing = await marketingHeaders(api, getContainer())
    region = await regionId(api, store)
    variantId = await seededVariantId(api, store, "ziyang-maojian-green-tea")
    X = await makeCampaign({ starts: -2, ends: 10, code: `ATTRX${suffix().toUpperCase()}`, spendLimit: 5000 })
    Y = await makeCampaign({ starts: -2, ends: 10, code: `ATTRY${suffix().toUpperCase()}` })
    ended = await makeCampaign({ starts: -10, ends: -1 })
    upcoming = await makeCampaign({ starts: 1, ends: 5 })
  })

  describe("POST /store/campaign-visits", () => {
    it("records a visit to a running campaign, UTM values trimmed and capped at 200 characters", async () => {
      const visitor = visitorId()
      const response = await visit({ visitor_id: visitor, utm_campaign: X.handle, utm_source: "  wechat  ", utm_medium: "m".repeat(300), landing_path: "/zh/campaigns/x" })
      expect(response.status).toBe(201)
      expect(response.data).toEqual({ visit: { id: expect.stringMatching(/^cvisit_/), campaign_handle: X.handle } })
      const [row] = await marketingService().listCampaignVisits({ id: response.data.visit.id })
      expect(row).toMatchObject({ visitor_id: visitor, campaign_page_id: X.id, utm_source: "wechat", utm_content: null, landing_path: "/zh/campaigns/x" })
      expect(row!.utm_medium).toBe("m".repeat(200))
      // Reloading the link is the same visit; another campaign is a new one.
      const again = await visit({ visitor_id: visitor, utm_campaign: X.handle })
      expect(again).toMatchObject({ status: 201, data: { visit: { id: response.data.visit.id } } })
      const other = await visit({ visitor_id: visitor, utm_campaign: Y.handle })
      expect(other.data.visit.id).not.toBe(response.data.visit.id)
      expect(await marketingService().listCampaignVisits({ visitor_id: visitor })).toHaveLength(2)
    })

    it("refuses a bad visitor id (400 naming visitor_id), an unknown campaign (404) and one not running (400)", async () => {
      for (const bad of ["short", "x".repeat(65), "has spaces in it!!", undefined]) {
        const response = await visit({ visitor_id: bad, utm_campaign: X.handle })
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("visitor_id")
      }
      const unknown = await visit({ visitor_id: visitorId(), utm_campaign: "no-such-campaign" })
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toContain("no-such-campaign")
      const over = await visit({ visitor_id: visitorId(), utm_campaign: ended.handle })
      expect(over).toMatchObject({ status: 400, data: { type: "not_allowed" } })
      expect(over.data.message).toContain("has ended")
      const early = await visit({ visitor_id: visitorId(), utm_campaign: upcoming.handle })
      expect(early).toMatchObject({ status: 400, data: { type: "not_allowed" } })
      expect(early.data.message).toContain("has not started")
      expect(await marketingService().listCampaignVisits({ campaign_page_id: [ended.id, upcoming.id] })).toEqual([])
    })
  })

  it("credits carts and orders to the first campaign in the window, discounts to every campaign used, and reports them", async () => {
    // Each test starts from the state after beforeAll: only this test's visits count.
    // Visitor A came through X, then Y, and buys with X's code: first touch is X.
    const a = visitorId()
    expect((await visit({ visitor_id: a, utm_campaign: X.handle })).status).toBe(201)
    expect((await visit({ visitor_id: a, utm_campaign: Y.handle })).status).toBe(201)
    const first = await checkout({ visitor: a, code: X.code })
    expect(first.order.discount_total).toBeGreaterThan(0)
    const firstRows = await eventually(async () => {
      const rows = await conversionsOf({ cart_id: first.cartId })
      return rows.some((r) => r.kind === "order") ? rows : null
    })
    expect(firstRows.map((r) => ({ kind: r.kind, page: r.campaign_page_id, attributed: r.attributed, revenue: Number(r.revenue), discount: Number(r.discount), order: r.order_id })).sort((p, q) => p.kind.localeCompare(q.kind))).toEqual([
      { kind: "cart", page: X.id, attributed: true, revenue: 0, discount: 0, order: null },
      { kind: "order", page: X.id, attributed: true, revenue: first.order.total, discount: first.order.discount_total, order: first.order.id },
    ])

    // Visitor B's only visit is older than the window; B buys with X's code: the discount counts, unattributed.
    const b = visitorId()
    await marketingService().createCampaignVisits({ visitor_id: b, campaign_page_id: X.id, visited_at: new Date(Date.now() - (ATTRIBUTION_WINDOW_DAYS + 1) * DAY_MS) })
    const second = await checkout({ visitor: b, code: X.code })
    const secondRows = await eventually(async () => {
      const rows = await conversionsOf({ cart_id: second.cartId })
      return rows.length ? rows : null
    })
    expect(secondRows.map((r) => ({ kind: r.kind, page: r.campaign_page_id, attributed: r.attributed, revenue: Number(r.revenue), discount: Number(r.discount) }))).toEqual([
      { kind: "order", page: X.id, attributed: false, revenue: 0, discount: second.order.discount_total },
    ])

    // Visitor C came through Y; the storefront sets the visitor id after making the cart.
    const c = visitorId()
    expect((await visit({ visitor_id: c, utm_campaign: Y.handle })).status).toBe(201)
    const third = await checkout({ visitor: c, visitorLater: true })
    const thirdRows = await eventually(async () => {
      const rows = await conversionsOf({ cart_id: third.cartId })
      return rows.some((r) => r.kind === "order") ? rows : null
    })
    expect(thirdRows.map((r) => [r.kind, r.campaign_page_id, r.attributed, Number(r.revenue)]).sort()).toEqual([
      ["cart", Y.id, true, 0],
      ["order", Y.id, true, third.order.total],
    ])

    // A repeated order.placed adds nothing.
    await creditOrderAttributionWorkflow(getContainer()).run({ input: { order_id: first.order.id } })
    expect(await conversionsOf({ cart_id: first.cartId })).toHaveLength(2)

    // The report: three China days, today's row holds everything, earlier days are zeros.
    const from = chinaDay(2)
    const to = chinaDay(0)
    const { data: report } = await api.get(`/admin/marketing/attribution?from=${from}&to=${to}`, marketing)
    expect(report).toMatchObject({ from, to })
    const x = report.campaigns.find((r: { id: string }) => r.id === X.id)
    const y = report.campaigns.find((r: { id: string }) => r.id === Y.id)
    const round2 = (n: number) => Math.round(n * 100) / 100
    const xTotals = { visits: 1, carts: 1, orders: 1, revenue: round2(first.order.total), discount: round2(first.order.discount_total + second.order.discount_total), conversion: 1 }
    expect(x).toMatchObject({ handle: X.handle, name: `归因测试活动 ${X.handle}`, totals: xTotals })
    // Budget as Medusa keeps it: the limit set and what its promotions have used (both orders).
    expect(x.budget).toEqual({ type: "spend", limit: 5000, used: expect.any(Number) })
    expect(x.budget.used).toBeGreaterThan(0)
    expect(x.budget.used).toBeLessThanOrEqual(xTotals.discount)
    expect(y.budget).toBeNull()
    expect(x.days.map((d: { date: string }) => d.date)).toEqual([chinaDay(2), chinaDay(1), chinaDay(0)])
    expect(x.days[2]).toEqual({ date: to, ...xTotals })
    expect(x.days[0]).toEqual({ date: from, visits: 0, carts: 0, orders: 0, revenue: 0, discount: 0, conversion: 0 })
    expect(y.totals).toEqual({ visits: 2, carts: 1, orders: 1, revenue: round2(third.order.total), discount: 0, conversion: 0.5 })
    // Campaigns with nothing yet are listed with zeros.
    expect(report.campaigns.find((r: { id: string }) => r.id === upcoming.id).totals.visits).toBe(0)

    // A wider range reaches B's old visit on its own day; one campaign only.
    const wide = (await api.get(`/admin/marketing/attribution?campaign_id=${X.id}&from=${chinaDay(9)}&to=${to}`, marketing)).data
    expect(wide.campaigns.map((r: { id: string }) => r.id)).toEqual([X.id])
    expect(wide.campaigns[0].days).toHaveLength(10)
    expect(wide.campaigns[0].totals.visits).toBe(2)
    expect(wide.campaigns[0].days.find((d: { date: string }) => d.date === chinaDay(ATTRIBUTION_WINDOW_DAYS + 1)).visits).toBe(1)

    // CSV: BOM, header, one row per campaign per day.
    // Raw bytes: axios would swallow the BOM this checks.
    const csv = await api.get(`/admin/marketing/attribution/export?campaign_id=${X.id}&from=${from}&to=${to}`, { ...marketing, responseType: "arraybuffer" })
    expect(csv.status).toBe(200)
    expect((csv as unknown as { headers: Record<string, string> }).headers["content-type"]).toMatch(/^text\/csv/)
    const text = Buffer.from(csv.data).toString("utf8")
    expect(text.startsWith("\uFEFF")).toBe(true)
    const lines = text.slice(1).trimEnd().split("\r\n")
    expect(lines).toHaveLength(4)
    expect(lines[0]).toContain("日期 date")
    expect(lines[3]).toBe(
      [to, `归因测试活动 ${X.handle}`, X.handle, X.id, 1, 1, 1, xTotals.revenue.toFixed(2), xTotals.discount.toFixed(2), "1.0000"].join(",")
    )
    expect(lines[1]).toBe([from, `归因测试活动 ${X.handle}`, X.handle, X.id, 0, 0, 0, "0.00", "0.00", "0.0000"].join(","))
  })

  it("counts carts through the visits that brought them, by source and medium: never more carts than visits", async () => {
    const Z = await makeCampaign({ starts: -5, ends: 10 })
    // D came from a WeChat post and made two carts (two orders): one visit led to a cart.
    const d = visitorId()
    expect((await visit({ visitor_id: d, utm_campaign: Z.handle, utm_source: "WeChat", utm_medium: "social" })).status).toBe(201)
    const d1 = await checkout({ visitor: d })
    const d2 = await checkout({ visitor: d })
    // E came from a Weibo ad three days ago and buys today: the cart belongs to that visit's day.
    const e = visitorId()
    await marketingService().createCampaignVisits({ visitor_id: e, campaign_page_id: Z.id, utm_source: "weibo", utm_medium: "cpc", visited_at: new Date(Date.now() - 3 * DAY_MS) })
    const e1 = await checkout({ visitor: e })
    // F came through a link without source or medium and bought nothing.
    expect((await visit({ visitor_id: visitorId(), utm_campaign: Z.handle })).status).toBe(201)
    for (const done of [d1, d2, e1]) {
      await eventually(async () => ((await conversionsOf({ cart_id: done.cartId })).some((r) => r.kind === "order") ? true : null))
    }
    // Each cart credit names its claiming visit.
    const [eCart] = (await conversionsOf({ cart_id: e1.cartId })).filter((r) => r.kind === "cart")
    const [eVisit] = await marketingService().listCampaignVisits({ visitor_id: e })
    expect(eCart!.campaign_visit_id).toBe(eVisit!.id)

    const report = async (from: string) =>
      (await api.get(`/admin/marketing/attribution?campaign_id=${Z.id}&from=${from}&to=${chinaDay(0)}`, marketing)).data.campaigns[0]
    const today = await report(chinaDay(0))
    // Three carts were made today, but only today's visits count, each once.
    expect(today.totals).toMatchObject({ visits: 2, carts: 1, orders: 3 })
    const money = (n: number) => Math.round(n * 100) / 100
    expect(today.sources).toEqual([
      { source: "wechat", medium: "social", visits: 1, carts: 1, orders: 2, revenue: money(d1.order.total + d2.order.total), conversion: 2 },
      { source: null, medium: null, visits: 1, carts: 0, orders: 0, revenue: 0, conversion: 0 },
      // E's order is today's; its visit is not in the period.
      { source: "weibo", medium: "cpc", visits: 0, carts: 0, orders: 1, revenue: money(e1.order.total), conversion: 0 },
    ])

    const week = await report(chinaDay(4))
    expect(week.totals).toMatchObject({ visits: 3, carts: 2, orders: 3 })
    expect(week.days.find((day: { date: string }) => day.date === chinaDay(3))).toMatchObject({ visits: 1, carts: 1, orders: 0 })
    expect(week.sources.find((s: { source: string | null }) => s.source === "weibo")).toMatchObject({ medium: "cpc", visits: 1, carts: 1, orders: 1 })
    for (const r of [today, week]) {
      for (const row of [...r.days, ...r.sources, r.totals]) expect(row.carts).toBeLessThanOrEqual(row.visits)
    }

    // The same by source as CSV; `by` is day or source.
    const csv = await api.get(`/admin/marketing/attribution/export?campaign_id=${Z.id}&from=${chinaDay(0)}&to=${chinaDay(0)}&by=source`, { ...marketing, responseType: "arraybuffer" })
    const lines = Buffer.from(csv.data).toString("utf8").slice(1).trimEnd().split("\r\n")
    expect(lines).toHaveLength(1 + 3)
    expect(lines[1]).toBe([chinaDay(0), chinaDay(0), `归因测试活动 ${Z.handle}`, Z.handle, Z.id, "wechat", "social", 1, 1, 2, money(d1.order.total + d2.order.total).toFixed(2), "2.0000"].join(","))
    const badBy = await settle(api.get(`/admin/marketing/attribution/export?by=week`, marketing))
    expect(badBy.status).toBe(400)
    expect(badBy.data.message).toContain("'day, source' for field 'by'")
  })

  it("refuses a bad report query naming the field", async () => {
    const cases: [string, string][] = [
      [`from=${chinaDay(0)}&to=${chinaDay(3)}`, "from"],
      ["from=2026-02-30&to=2026-03-01", "from"],
      ["from=2026-03-01&to=yesterday", "to"],
      ["from=2024-01-01&to=2025-12-31", "to"],
    ]
    for (const [query, field] of cases) {
      for (const path of ["/admin/marketing/attribution", "/admin/marketing/attribution/export"]) {
        const response = await settle(api.get(`${path}?${query}`, marketing))
        expect([query, response.status]).toEqual([query, 400])
        expect(response.data.message).toContain(field)
      }
    }
    const unknown = await settle(api.get("/admin/marketing/attribution?campaign_id=cpage_nope", marketing))
    expect(unknown.status).toBe(404)
    expect(unknown.data.message).toContain("campaign_id")
  })
})
