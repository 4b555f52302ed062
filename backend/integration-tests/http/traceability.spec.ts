import { TRACEABILITY_MODULE } from "../../src/modules/traceability"
import type TraceabilityModuleService from "../../src/modules/traceability/service"
import { SEED_PRODUCTS } from "../../src/seed/catalogue-data"
import { FLAGGED_DEMO, gtinFor } from "../../src/seed/seed-traceability"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_traceability"
const TEA = { gtin: gtinFor(0, 1), lot: "L2026001" }
const BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36"

seededSuite(DB_NAME, ({ api, getContainer, store }) => {
  const scan = (serial: string, ip: string, userAgent = BROWSER) =>
    api.post(`/store/trace/${TEA.gtin}/${TEA.lot}/${serial}/scans`, { ip, user_agent: userAgent }, store)


  it("shows a batch's product, origin, ordered events, inspection and certificate", async () => {
    const { data } = await api.get(`/store/trace/${TEA.gtin}/${TEA.lot}`, store)
    const batch = data.batch
    expect(batch.product).toMatchObject({ handle: "ziyang-maojian-green-tea", title: "紫阳毛尖富硒绿茶" })
    expect(batch.variant.title).toBe("125克罐装")
    expect(batch.enterprise).toEqual({ handle: "ziyang-selenium-tea-co", name: "紫阳县富硒茶业有限公司" })
    expect(batch.brand).toEqual({ handle: "ziyang-selenium-tea", name: "紫阳富硒茶" })
    expect(batch.brand_authorization).toMatchObject({ category_handles: ["tea"] })
    expect(batch.product).not.toHaveProperty("brand")
    expect(batch.base).toMatchObject({ county: "ziyang", location: "紫阳县向阳镇" })
    expect(batch.events.map((e: { type: string }) => e.type)).toEqual(["harvested", "processed", "inspected", "packed", "shipped"])
    expect(batch.inspection_mg_per_kg).toBeCloseTo(1.2)
    expect(batch.certification).toMatchObject({ certified: true, certificate: { standard_code: "NY/T 600-2002" } })
    const en = await api.get(`/store/trace/${TEA.gtin}/${TEA.lot}?locale=en-US`, store)
    expect(en.data.batch.product.title).toBe("Ziyang Maojian Selenium-rich Green Tea")
  })

  it("shows no brand for the producer without an authorization", async () => {
    const index = SEED_PRODUCTS.findIndex((p) => p.handle === "xunyang-raisin-tree-fruit")
    const lot = `L2026${String(index + 1).padStart(3, "0")}`
    const { data } = await api.get(`/store/trace/${gtinFor(index, 1)}/${lot}`, store)
    expect(data.batch.enterprise.handle).toBe("xunyang-raisin-tree-farm")
    expect([data.batch.brand, data.batch.brand_authorization]).toEqual([null, null])
  })

  it("lists a product's batches for its trace link", async () => {
    const { data: products } = await api.get("/store/products?handle=ziyang-maojian-green-tea&fields=id", store)
    const { data } = await api.get(`/store/trace?product_id=${products.products[0].id}`, store)
    expect(data.batches).toEqual([expect.objectContaining({ gtin: TEA.gtin, lot: TEA.lot })])
    expect((await expectFailure(api.get("/store/trace", store))).status).toBe(400)
  })

  it("refuses malformed codes with the part to fix and answers unknown ones with 404", async () => {
    const wrongCheck = TEA.gtin.slice(0, 13) + ((Number(TEA.gtin[13]) + 1) % 10)
    const bad = await expectFailure(api.get(`/store/trace/${wrongCheck}/${TEA.lot}`, store))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toContain(`gtin "${wrongCheck}"`)
    expect((await expectFailure(api.get(`/store/trace/${TEA.gtin}/${"L".repeat(21)}`, store))).status).toBe(400)
    expect((await expectFailure(api.get(`/store/trace/${TEA.gtin}/L1999999`, store))).status).toBe(404)
    expect((await expectFailure(scan("9999", "203.0.113.9"))).status).toBe(404)
  })

  it("counts a visitor once per 10 minutes and never counts crawlers or summary reads", async () => {
    expect((await scan("0001", "203.0.113.9")).data.scans).toMatchObject({ counted: true, scan_count: 1 })
    expect((await scan("0001", "203.0.113.9")).data.scans).toMatchObject({ counted: false, scan_count: 1 })
    expect((await scan("0001", "198.51.100.4")).data.scans).toMatchObject({ counted: true, scan_count: 2, places: 2 })
    expect((await scan("0001", "192.0.2.1", "Googlebot/2.1")).data.scans).toMatchObject({ counted: false, scan_count: 2 })
    const { data } = await api.get(`/store/trace/${TEA.gtin}/${TEA.lot}/0001`, store)
    expect(data.scans).toMatchObject({ counted: false, scan_count: 2, counterfeit_warning: false })
    expect(Date.parse(data.scans.first_scanned_at)).not.toBeNaN()
  })

  it("counts the same visitor again once the window has passed", async () => {
    const trace = getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [batch] = await trace.listTraceBatches({ gtin: TEA.gtin, lot: TEA.lot })
    const [serial] = await trace.listPackageSerials({ batch_id: batch!.id, serial: "0002" })
    const visitor = { hash: "visitor-a", place: "203.0.0.0/16" }
    const start = new Date("2026-11-01T08:00:00Z")
    await trace.recordScan(serial!.id, visitor, start)
    expect((await trace.recordScan(serial!.id, visitor, new Date(start.getTime() + 9 * 60_000))).counted).toBe(false)
    expect((await trace.recordScan(serial!.id, visitor, new Date(start.getTime() + 11 * 60_000))).scan_count).toBe(2)
  })

  it("warns about a serial scanned from many places and flags it for the platform", async () => {
    const demo = await api.get(`/store/trace/${TEA.gtin}/${TEA.lot}/${FLAGGED_DEMO.serial}`, store)
    expect(demo.data.scans.counterfeit_warning).toBe(true)

    for (let i = 1; i <= 4; i++) expect((await scan("0003", `10${i}.1.2.3`)).data.scans.counterfeit_warning).toBe(false)
    expect((await scan("0003", "105.1.2.3")).data.scans).toMatchObject({ scan_count: 5, places: 5, counterfeit_warning: true })
    const trace = getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const flagged = await trace.listPackageSerials({ serial: "0003", flagged_at: { $ne: null } })
    expect(flagged.length).toBeGreaterThanOrEqual(1)
  })

  it("lets a visitor share roughly where they scanned, counted as that place instead of their network", async () => {
    const share = (serial: string, ip: string, latitude: number, longitude: number) =>
      api.post(`/store/trace/${TEA.gtin}/${TEA.lot}/${serial}/scans/location`, { ip, user_agent: BROWSER, latitude, longitude }, store)
    const notYet = await expectFailure(share("0005", "203.0.113.9", 32.68, 109.02))
    expect(notYet.status).toBe(400)
    expect(notYet.data.message).toMatch(/open the package's trace page first/)

    // Two visitors of one mobile network (one place) turn out to be in two cities once they share.
    await scan("0005", "100.64.1.1")
    await scan("0005", "100.64.9.9")
    const first = await share("0005", "100.64.1.1", 32.6849, 109.0293)
    expect(first.data.place).toBe("geo:32.6,109.0")
    expect(first.data.scans).toMatchObject({ counted: false, scan_count: 2, places: 2 })
    const second = await share("0005", "100.64.9.9", 25.8319, 114.9336)
    expect(second.data.scans).toMatchObject({ counted: false, scan_count: 2, places: 2 })
    const again = await share("0005", "100.64.9.9", 32.6301, 109.0811)
    expect(again.data.scans).toMatchObject({ scan_count: 2, places: 1 })

    const trace = getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [batch] = await trace.listTraceBatches({ gtin: TEA.gtin, lot: TEA.lot })
    const [serial] = await trace.listPackageSerials({ batch_id: batch!.id, serial: "0005" }, { relations: ["scans"] })
    expect(serial!.scans.map((s) => s.place).sort()).toEqual(["geo:32.6,109.0", "geo:32.6,109.0"])
  })

  it("refuses a shared location off the globe or from a crawler, with the field to fix", async () => {
    const share = (body: Record<string, unknown>) => api.post(`/store/trace/${TEA.gtin}/${TEA.lot}/0006/scans/location`, body, store)
    await scan("0006", "203.0.113.50")
    const far = await expectFailure(share({ ip: "203.0.113.50", user_agent: BROWSER, latitude: 132.5, longitude: 109 }))
    expect(far.status).toBe(400)
    expect(far.data.message).toMatch(/latitude/)
    const bot = await expectFailure(share({ ip: "203.0.113.50", user_agent: "Googlebot/2.1", latitude: 32.5, longitude: 109 }))
    expect(bot.status).toBe(400)
    expect((await expectFailure(share({ ip: "203.0.113.50", user_agent: BROWSER, latitude: 32.5, longitude: 109, accuracy: 3 }))).status).toBe(400)
    expect((await expectFailure(api.post(`/store/trace/${TEA.gtin}/${TEA.lot}/9999/scans/location`, { ip: "1.2.3.4", user_agent: BROWSER, latitude: 1, longitude: 1 }, store))).status).toBe(404)
  })

  it("gives platform staff the flagged serials and a printable label sheet per batch", async () => {
    const admin = await adminHeaders(api)
    const { data } = await api.get("/admin/flagged-serials", admin)
    expect(data.serials).toEqual([expect.objectContaining({ serial: FLAGGED_DEMO.serial, batch: expect.objectContaining({ gtin: TEA.gtin }) })])

    const trace = getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [batch] = await trace.listTraceBatches({ gtin: TEA.gtin, lot: TEA.lot })
    const sheet = await api.get(`/admin/trace-batches/${batch!.id}/labels`, admin)
    expect(sheet.headers["content-type"]).toContain("image/svg+xml")
    expect(sheet.headers["x-label-pages"]).toBe("1")
    expect(String(sheet.data).match(/<g transform=/g)).toHaveLength(20)
    expect(String(sheet.data)).toContain(`${TEA.gtin.slice(-6)}-${TEA.lot}-0013`)
    expect((await expectFailure(api.get(`/admin/trace-batches/${batch!.id}/labels?page=2`, admin))).status).toBe(400)
    expect((await expectFailure(api.get("/admin/trace-batches/batch_missing/labels", admin))).status).toBe(404)
    expect((await expectFailure(api.get("/admin/flagged-serials"))).status).toBe(401)
  })

  it("refuses a scan without the visitor's address", async () => {
    const failure = await expectFailure(api.post(`/store/trace/${TEA.gtin}/${TEA.lot}/0004/scans`, { user_agent: BROWSER }, store))
    expect(failure.status).toBe(400)
    expect(failure.data.message).toMatch(/ip/)
  })
})
