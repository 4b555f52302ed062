import { createCampaignsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { loadLiveSessions } from "../../src/lib/marketing/live-session-query"
import { MARKETING_MODULE } from "../../src/modules/marketing"
import type MarketingModuleService from "../../src/modules/marketing/service"
import { createLiveSessionWorkflow, type CreateLiveSessionInput } from "../../src/workflows/marketing/create-live-session"
import { regionId, seededVariantId } from "../utils/checkout"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

jest.setTimeout(180 * 1000)

const HOUR = 60 * 60 * 1000
const TEA = "ziyang-maojian-green-tea"
const BLACK_TEA = "ankang-selenium-black-tea"

// The hook lets a test fail the workflow after the price list and the row are made, to see both undone.
createLiveSessionWorkflow.hooks.liveSessionCreated(async ({ input }) => {
  if (input.handle === "fails-after-price-list") throw new Error("a hook refused the session")
})

seededSuite("seleno_marketing_live_sessions", ({ api, getContainer, store }) => {
  let admin: { headers: Record<string, string> }
  let region: string

  beforeEach(async () => {
    admin = await adminHeaders(api)
    region = await regionId(api, store)
  })

  /** A campaign page on a Medusa promotion campaign, made the way the campaign workflow leaves them. */
  async function campaignPage(handle = "live-week"): Promise<{ id: string; handle: string }> {
    const container = getContainer()
    const { result } = await createCampaignsWorkflow(container).run({
      input: { campaignsData: [{ name: `直播周 ${handle}`, campaign_identifier: handle, starts_at: new Date(Date.now() - 24 * HOUR), ends_at: new Date(Date.now() + 7 * 24 * HOUR) }] },
    })
    const page = await container.resolve<MarketingModuleService>(MARKETING_MODULE).createCampaignPages({
      campaign_id: result[0]!.id,
      handle,
      kind: "live",
      title: "直播周",
    })
    return { id: page.id, handle: page.handle }
  }

  async function teaVariant(handle = TEA): Promise<{ variantId: string; productId: string; regular: number }> {
    const variantId = await seededVariantId(api, store, handle)
    const { data } = await api.get(`/store/products?handle=${handle}&region_id=${region}&fields=id,*variants.calculated_price`, store)
    const product = data.products[0]
    const variant = product.variants.find((v: { id: string }) => v.id === variantId)
    return { variantId, productId: product.id, regular: variant.calculated_price.original_amount }
  }

  async function storePrice(productId: string, variantId: string): Promise<{ calculated: number; original: number }> {
    const { data } = await api.get(`/store/products/${productId}?region_id=${region}&fields=id,*variants.calculated_price`, store)
    const price = data.product.variants.find((v: { id: string }) => v.id === variantId).calculated_price
    return { calculated: price.calculated_amount, original: price.original_amount }
  }

  async function cartUnitPrice(variantId: string): Promise<number> {
    const { data } = await api.post("/store/carts", { region_id: region, items: [{ variant_id: variantId, quantity: 1 }] }, store)
    return data.cart.items.find((i: { variant_id: string }) => i.variant_id === variantId).unit_price
  }

  function sessionBody(campaignId: string, variantId: string, amount: number, overrides: Record<string, unknown> = {}) {
    return {
      campaign_id: campaignId,
      handle: "ziyang-tea-live",
      title: "紫阳富硒茶直播",
      title_en: "Ziyang selenium tea live",
      host: "李主播",
      stream_url: "https://live.example.cn/ziyang",
      starts_at: new Date(Date.now() - HOUR).toISOString(),
      ends_at: new Date(Date.now() + 2 * HOUR).toISOString(),
      prices: [{ variant_id: variantId, amount }],
      ...overrides,
    }
  }

  async function counts(): Promise<{ priceLists: number; sessions: number }> {
    const container = getContainer()
    const [, priceLists] = await container.resolve(Modules.PRICING).listAndCountPriceLists({})
    const [, sessions] = await container.resolve<MarketingModuleService>(MARKETING_MODULE).listAndCountLiveSessions({})
    return { priceLists, sessions }
  }

  it("sells the featured variants at the session price while the session runs, in the product page and the cart", async () => {
    const page = await campaignPage()
    const tea = await teaVariant()
    const black = await teaVariant(BLACK_TEA)
    const amount = Math.round(tea.regular * 0.7 * 100) / 100
    const before = await counts()

    const { status, data } = await api.post(
      "/admin/marketing/live-sessions",
      sessionBody(page.id, tea.variantId, amount, { prices: [{ variant_id: tea.variantId, amount }, { variant_id: black.variantId, amount: black.regular - 1 }] }),
      admin
    )
    expect(status).toBe(201)
    const session = data.live_session
    expect(session).toMatchObject({ handle: "ziyang-tea-live", phase: "running", host: "李主播", campaign: { id: page.id, handle: page.handle, name: "直播周" } })
    expect(session.prices).toEqual(
      expect.arrayContaining([
        { variant_id: tea.variantId, product_id: tea.productId, amount, original_amount: tea.regular },
        { variant_id: black.variantId, product_id: black.productId, amount: black.regular - 1, original_amount: black.regular },
      ])
    )
    expect(await counts()).toEqual({ priceLists: before.priceLists + 1, sessions: before.sessions + 1 })

    const [priceList] = await getContainer().resolve(Modules.PRICING).listPriceLists({ id: [session.price_list_id] })
    expect(priceList).toMatchObject({ type: "sale", status: "active", title: "直播带货：紫阳富硒茶直播" })
    expect(new Date(priceList!.starts_at!).toISOString()).toBe(session.starts_at)
    expect(new Date(priceList!.ends_at!).toISOString()).toBe(session.ends_at)
    const [row] = await getContainer().resolve<MarketingModuleService>(MARKETING_MODULE).listLiveSessions({ id: session.id })
    expect([...row!.featured_product_ids].sort()).toEqual([tea.productId, black.productId].sort())

    expect(await storePrice(tea.productId, tea.variantId)).toEqual({ calculated: amount, original: tea.regular })
    expect(await cartUnitPrice(tea.variantId)).toBe(amount)

    const { data: listed } = await api.get("/store/live-sessions", store)
    const shown = listed.live_sessions.find((s: { handle: string }) => s.handle === "ziyang-tea-live")
    expect(shown).toEqual({
      handle: "ziyang-tea-live",
      title: "紫阳富硒茶直播",
      title_en: "Ziyang selenium tea live",
      host: "李主播",
      starts_at: session.starts_at,
      ends_at: session.ends_at,
      phase: "running",
      campaign_handle: page.handle,
      stream_url: "https://live.example.cn/ziyang",
      replay_url: null,
      products: expect.arrayContaining([{ product_id: tea.productId, variant_id: tea.variantId, amount, original_amount: tea.regular }]),
    })
    const { data: one } = await api.get("/store/live-sessions/ziyang-tea-live", store)
    expect(one.live_session).toEqual(shown)
    const { data: adminOne } = await api.get(`/admin/marketing/live-sessions/${session.id}`, admin)
    expect(adminOne.live_session).toEqual(session)
  })

  it("keeps the regular price before an upcoming session and lists it after the running ones, without its stream", async () => {
    const page = await campaignPage()
    const tea = await teaVariant()
    const black = await teaVariant(BLACK_TEA)
    const later = { starts_at: new Date(Date.now() + 24 * HOUR).toISOString(), ends_at: new Date(Date.now() + 26 * HOUR).toISOString() }
    const { data: upcoming } = await api.post(
      "/admin/marketing/live-sessions",
      sessionBody(page.id, tea.variantId, tea.regular - 5, { handle: "tomorrow-live", ...later }),
      admin
    )
    expect(upcoming.live_session.phase).toBe("upcoming")
    await api.post("/admin/marketing/live-sessions", sessionBody(page.id, black.variantId, black.regular - 2, { handle: "black-tea-now" }), admin)

    expect(await storePrice(tea.productId, tea.variantId)).toEqual({ calculated: tea.regular, original: tea.regular })
    expect(await cartUnitPrice(tea.variantId)).toBe(tea.regular)

    const { data } = await api.get("/store/live-sessions", store)
    const handles = data.live_sessions.map((s: { handle: string }) => s.handle)
    expect(handles.indexOf("black-tea-now")).toBeGreaterThanOrEqual(0)
    expect(handles.indexOf("black-tea-now")).toBeLessThan(handles.indexOf("tomorrow-live"))
    const shown = data.live_sessions.find((s: { handle: string }) => s.handle === "tomorrow-live")
    expect(shown).toMatchObject({ phase: "upcoming", stream_url: null, replay_url: null, starts_at: later.starts_at })
  })

  it("ends the session prices when the session is ended early, and then offers the replay", async () => {
    const page = await campaignPage()
    const tea = await teaVariant()
    const amount = tea.regular - 10
    const { data: created } = await api.post(
      "/admin/marketing/live-sessions",
      sessionBody(page.id, tea.variantId, amount, { replay_url: "https://live.example.cn/ziyang/replay", starts_at: new Date(Date.now() - 2 * HOUR).toISOString() }),
      admin
    )
    expect(await cartUnitPrice(tea.variantId)).toBe(amount)
    // A replay link is kept but not shown while the session runs.
    const { data: running } = await api.get("/store/live-sessions/ziyang-tea-live", store)
    expect(running.live_session).toMatchObject({ phase: "running", replay_url: null })

    const endedAt = new Date(Date.now() - 60 * 1000).toISOString()
    const { data: updated } = await api.post(`/admin/marketing/live-sessions/${created.live_session.id}`, { ends_at: endedAt, host: "王主播" }, admin)
    expect(updated.live_session).toMatchObject({ phase: "ended", ends_at: endedAt, host: "王主播" })
    const [priceList] = await getContainer().resolve(Modules.PRICING).listPriceLists({ id: [created.live_session.price_list_id] })
    expect(new Date(priceList!.ends_at!).toISOString()).toBe(endedAt)

    const { data: ended } = await api.get("/store/live-sessions/ziyang-tea-live", store)
    expect(ended.live_session).toMatchObject({ phase: "ended", stream_url: null, replay_url: "https://live.example.cn/ziyang/replay", host: "王主播" })
    const { data: listed } = await api.get("/store/live-sessions", store)
    expect(listed.live_sessions.map((s: { handle: string }) => s.handle)).not.toContain("ziyang-tea-live")

    expect(await storePrice(tea.productId, tea.variantId)).toEqual({ calculated: tea.regular, original: tea.regular })
    expect(await cartUnitPrice(tea.variantId)).toBe(tea.regular)
  })

  it("refuses a change that would end a session before it starts, changing neither the session nor its prices", async () => {
    const page = await campaignPage()
    const tea = await teaVariant()
    const { data: created } = await api.post("/admin/marketing/live-sessions", sessionBody(page.id, tea.variantId, tea.regular - 3), admin)
    const refused = await expectFailure(
      api.post(`/admin/marketing/live-sessions/${created.live_session.id}`, { ends_at: new Date(Date.now() - 3 * HOUR).toISOString() }, admin)
    )
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/ends_at/)
    const { data } = await api.get(`/admin/marketing/live-sessions/${created.live_session.id}`, admin)
    expect(data.live_session).toEqual(created.live_session)
    expect(await cartUnitPrice(tea.variantId)).toBe(tea.regular - 3)
    expect((await expectFailure(api.get("/admin/marketing/live-sessions/live_unknown", admin))).status).toBe(404)
  })

  it("moves the session prices with the session: a session moved to tomorrow sells at the regular price today", async () => {
    const page = await campaignPage()
    const tea = await teaVariant()
    const { data: created } = await api.post("/admin/marketing/live-sessions", sessionBody(page.id, tea.variantId, tea.regular - 4), admin)
    expect(await cartUnitPrice(tea.variantId)).toBe(tea.regular - 4)
    const moved = { starts_at: new Date(Date.now() + 24 * HOUR).toISOString(), ends_at: new Date(Date.now() + 25 * HOUR).toISOString() }
    const { data } = await api.post(`/admin/marketing/live-sessions/${created.live_session.id}`, { ...moved, title: "明晚的紫阳茶直播" }, admin)
    expect(data.live_session).toMatchObject({ ...moved, phase: "upcoming", title: "明晚的紫阳茶直播" })
    const [priceList] = await getContainer().resolve(Modules.PRICING).listPriceLists({ id: [created.live_session.price_list_id] })
    expect({ starts_at: new Date(priceList!.starts_at!).toISOString(), ends_at: new Date(priceList!.ends_at!).toISOString(), title: priceList!.title }).toEqual({
      ...moved,
      title: "直播带货：明晚的紫阳茶直播",
    })
    expect(await storePrice(tea.productId, tea.variantId)).toEqual({ calculated: tea.regular, original: tea.regular })
    expect(await cartUnitPrice(tea.variantId)).toBe(tea.regular)
    // The campaign landing page reads its sessions through the same loader.
    const sessions = await loadLiveSessions(getContainer(), { campaign_page_id: page.id })
    expect(sessions.map((s) => [s.row.handle, s.prices.map((p) => p.amount)])).toEqual([["ziyang-tea-live", [tea.regular - 4]]])
  })

  it("keeps the session as it was when its price list cannot follow a change", async () => {
    const page = await campaignPage()
    const tea = await teaVariant()
    const { data: created } = await api.post("/admin/marketing/live-sessions", sessionBody(page.id, tea.variantId, tea.regular - 2), admin)
    // Staff removed the price list in Medusa's own admin: the session's new times cannot reach its prices.
    await getContainer().resolve(Modules.PRICING).deletePriceLists([created.live_session.price_list_id])
    const refused = await expectFailure(
      api.post(`/admin/marketing/live-sessions/${created.live_session.id}`, { ends_at: new Date(Date.now() + 5 * HOUR).toISOString(), host: "王主播" }, admin)
    )
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)
    const [row] = await getContainer().resolve<MarketingModuleService>(MARKETING_MODULE).listLiveSessions({ id: created.live_session.id })
    expect({ host: row!.host, ends_at: new Date(row!.ends_at).toISOString() }).toEqual({ host: "李主播", ends_at: created.live_session.ends_at })
  })

  it("refuses bad sessions with a 400 naming the field, leaving no price list or session behind", async () => {
    const page = await campaignPage()
    const tea = await teaVariant()
    await api.post("/admin/marketing/live-sessions", sessionBody(page.id, tea.variantId, tea.regular - 1, { handle: "taken" }), admin)
    const before = await counts()
    const now = Date.now()
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ["end before start", { starts_at: new Date(now + HOUR).toISOString(), ends_at: new Date(now).toISOString() }, /ends_at/],
      ["unknown variant", { prices: [{ variant_id: "variant_missing", amount: 1 }] }, /prices\[0\]\.variant_id/],
      ["price at the regular price", { prices: [{ variant_id: tea.variantId, amount: tea.regular }] }, /prices\[0\]\.amount/],
      ["price above the regular price", { prices: [{ variant_id: tea.variantId, amount: tea.regular + 1 }] }, /prices\[0\]\.amount/],
      ["zero price", { prices: [{ variant_id: tea.variantId, amount: 0 }] }, /prices\[0\]\.amount/],
      ["negative price", { prices: [{ variant_id: tea.variantId, amount: -5 }] }, /prices\[0\]\.amount/],
      ["duplicate handle", { handle: "taken" }, /handle/],
      ["stream url not a url", { stream_url: "live.example.cn/ziyang" }, /stream_url/],
      ["stream url not http", { stream_url: "javascript:alert(1)" }, /stream_url/],
      ["replay url not a url", { replay_url: "replay" }, /replay_url/],
      ["unknown campaign page", { campaign_id: "cpage_missing" }, /campaign_id/],
      ["no prices", { prices: [] }, /prices/],
    ]
    for (const [name, overrides, field] of cases) {
      const response = await expectFailure(api.post("/admin/marketing/live-sessions", sessionBody(page.id, tea.variantId, tea.regular - 1, { handle: "refused", ...overrides }), admin))
      expect({ name, status: response.status, type: response.data.type }).toEqual({ name, status: 400, type: "invalid_data" })
      expect({ name, message: response.data.message }).toEqual({ name, message: expect.stringMatching(field) })
    }
    expect(await counts()).toEqual(before)
  })

  it("removes the price list and the session when a step after them fails", async () => {
    const page = await campaignPage()
    const tea = await teaVariant()
    const before = await counts()
    const { errors } = await createLiveSessionWorkflow(getContainer()).run({
      input: sessionBody(page.id, tea.variantId, tea.regular - 1, { handle: "fails-after-price-list" }) as unknown as CreateLiveSessionInput,
      throwOnError: false,
    })
    expect(errors.map((e) => e.error.message)).toEqual(["a hook refused the session"])
    expect(await counts()).toEqual(before)
    expect(await cartUnitPrice(tea.variantId)).toBe(tea.regular)
  })

  it("answers 404 for an unknown session handle", async () => {
    const response = await expectFailure(api.get("/store/live-sessions/no-such-live", store))
    expect(response.status).toBe(404)
  })
})
