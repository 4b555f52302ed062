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
  // The backend believes X-Forwarded-For only from trusted proxies: here loopback plays the storefront.
  beforeEach(() => {
    process.env.TRUSTED_PROXIES = "loopback"
  })
  afterEach(() => {
    delete process.env.TRUSTED_PROXIES
  })
  const visitor = (ip: string, userAgent = BROWSER) => ({ headers: { ...store.headers, "x-forwarded-for": ip, "user-agent": userAgent } })
  const scan = (serial: string, ip: string, userAgent = BROWSER) => api.post(`/store/trace/${TEA.gtin}/${TEA.lot}/${serial}/scans`, {}, visitor(ip, userAgent))

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

  it("counts a network once a day and never counts crawlers or summary reads", async () => {
    expect((await scan("0001", "203.0.113.9")).data.scans).toMatchObject({ counted: true, scan_count: 1, networks: 1 })
    expect((await scan("0001", "203.0.113.9")).data.scans).toMatchObject({ counted: false, scan_count: 1 })
    // Another address of the same /24 is the same network.
    expect((await scan("0001", "203.0.113.77")).data.scans).toMatchObject({ counted: false, scan_count: 1 })
    expect((await scan("0001", "198.51.100.4")).data.scans).toMatchObject({ counted: true, scan_count: 2, networks: 2 })
    expect((await scan("0001", "192.0.2.1", "Googlebot/2.1")).data.scans).toMatchObject({ counted: false, scan_count: 2 })
    const { data } = await api.get(`/store/trace/${TEA.gtin}/${TEA.lot}/0001`, store)
    expect(data.scans).toMatchObject({ counted: false, scan_count: 2, networks: 2, counterfeit_warning: false })
    expect(Date.parse(data.scans.first_scanned_at)).not.toBeNaN()
    expect(Date.parse(data.scans.last_scanned_at)).toBeGreaterThanOrEqual(Date.parse(data.scans.first_scanned_at))
  })

  it("counts the same network again once the day has passed, as a scan but not a new network", async () => {
    const trace = getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [batch] = await trace.listTraceBatches({ gtin: TEA.gtin, lot: TEA.lot })
    const [serial] = await trace.listPackageSerials({ batch_id: batch!.id, serial: "0002" })
    const visit = { network: "203.0.113.0/24" }
    const start = new Date("2026-11-01T08:00:00Z")
    await trace.recordScan(serial!.id, visit, start)
    expect(await trace.recordScan(serial!.id, visit, new Date(start.getTime() + 23 * 3_600_000))).toMatchObject({ limited: false, summary: { counted: false } })
    expect(await trace.recordScan(serial!.id, visit, new Date(start.getTime() + 25 * 3_600_000))).toMatchObject({ limited: false, summary: { counted: true, scan_count: 2, networks: 1 } })
  })

  it("shows the public a warning only for a serial staff confirmed, not for one that is merely suspicious", async () => {
    const confirmed = await api.get(`/store/trace/${TEA.gtin}/${TEA.lot}/${FLAGGED_DEMO.serial}`, store)
    expect(confirmed.data.scans).toMatchObject({ counterfeit_warning: true, networks: 8 })
    const suspicious = await api.get(`/store/trace/${TEA.gtin}/${TEA.lot}/${FLAGGED_DEMO.suspicious}`, store)
    expect(suspicious.data.scans).toMatchObject({ counterfeit_warning: false, networks: 8 })

    for (let i = 1; i <= 4; i++) expect((await scan("0003", `10${i}.1.2.3`)).data.scans.counterfeit_warning).toBe(false)
    expect((await scan("0003", "105.1.2.3")).data.scans).toMatchObject({ scan_count: 5, networks: 5, counterfeit_warning: false })
    const trace = getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const suspects = await trace.listPackageSerials({ serial: "0003", signal_state: "suspicious" })
    expect(suspects).toHaveLength(1)
    expect(suspects[0]!.signal_reasons).toEqual(["many_networks"])
  })

  it("lets a visitor share roughly where they scanned: their network's scan then counts that place", async () => {
    const share = (serial: string, ip: string, latitude: number, longitude: number) =>
      api.post(`/store/trace/${TEA.gtin}/${TEA.lot}/${serial}/scans/location`, { latitude, longitude }, visitor(ip))
    const notYet = await expectFailure(share("0005", "203.0.113.9", 32.68, 109.02))
    expect(notYet.status).toBe(400)
    expect(notYet.data.message).toMatch(/open the package's trace page first/)

    await scan("0005", "100.64.1.1")
    await scan("0005", "100.65.9.9")
    const first = await share("0005", "100.64.1.1", 32.6849, 109.0293)
    expect(first.data.place).toBe("geo:32.6,109.0")
    expect(first.data.scans).toMatchObject({ counted: false, scan_count: 2, networks: 2 })
    const second = await share("0005", "100.65.9.9", 25.8319, 114.9336)
    expect(second.data.scans).toMatchObject({ counted: false, scan_count: 2, networks: 2 })

    const trace = getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const [batch] = await trace.listTraceBatches({ gtin: TEA.gtin, lot: TEA.lot })
    const [serial] = await trace.listPackageSerials({ batch_id: batch!.id, serial: "0005" }, { relations: ["scans"] })
    expect(serial!.scans.map((s) => s.place).sort()).toEqual(["geo:25.8,114.9", "geo:32.6,109.0"])
  })

  it("refuses a shared location off the globe or from a crawler, with the field to fix", async () => {
    const share = (body: Record<string, unknown>, userAgent = BROWSER) =>
      api.post(`/store/trace/${TEA.gtin}/${TEA.lot}/0006/scans/location`, body, visitor("203.0.113.50", userAgent))
    await scan("0006", "203.0.113.50")
    const far = await expectFailure(share({ latitude: 132.5, longitude: 109 }))
    expect(far.status).toBe(400)
    expect(far.data.message).toMatch(/latitude/)
    const bot = await expectFailure(share({ latitude: 32.5, longitude: 109 }, "Googlebot/2.1"))
    expect(bot.status).toBe(400)
    expect((await expectFailure(share({ latitude: 32.5, longitude: 109, accuracy: 3 }))).status).toBe(400)
    const unknown = api.post(`/store/trace/${TEA.gtin}/${TEA.lot}/9999/scans/location`, { latitude: 1, longitude: 1 }, visitor("1.2.3.4"))
    expect((await expectFailure(unknown)).status).toBe(404)
  })

  it("gives platform staff the flagged serials and a printable label sheet per batch", async () => {
    const admin = await adminHeaders(api)
    const { data } = await api.get("/admin/flagged-serials", admin)
    expect(data.serials.map((s: { serial: string; state: string }) => `${s.serial}:${s.state}`).sort()).toEqual([`${FLAGGED_DEMO.serial}:confirmed`, `${FLAGGED_DEMO.suspicious}:suspicious`])
    expect(data.serials[0]).toMatchObject({ batch: { gtin: TEA.gtin, lot: TEA.lot }, evidence: { network_count: 8, scan_count: 8 } })

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

})
