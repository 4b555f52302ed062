import { TRACEABILITY_MODULE } from "../../src/modules/traceability"
import type TraceabilityModuleService from "../../src/modules/traceability/service"
import { confirmCounterfeitWorkflow } from "../../src/workflows/traceability/confirm-counterfeit"
import { DEMO_PORTAL } from "../../src/seed/seed-portal"
import { gtinFor } from "../../src/seed/seed-traceability"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

// The counterfeit signal of issue 16: the three ways one client used to forge it, the two tiers
// (suspicious for staff, a public warning only once staff confirm), the per-network rate limit and
// withdrawn batches. The backend runs on loopback here, so the storefront's position (a trusted
// proxy on this host) is played by setting TRUSTED_PROXIES=loopback in the tests that need it.
const TEA = { gtin: gtinFor(0, 1), lot: "L2026001" }
const RICE = { gtin: gtinFor(1, 1), lot: "L2026002" }
const BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36"

seededSuite("seleno_it_counterfeit", ({ api, getContainer, store }) => {
  const trace = () => getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  const as = (visitor: { forwardedFor?: string; userAgent?: string } = {}) => ({
    headers: { ...store.headers, "user-agent": visitor.userAgent ?? BROWSER, ...(visitor.forwardedFor ? { "x-forwarded-for": visitor.forwardedFor } : {}) },
  })
  const path = (serial: string, code = TEA) => `/store/trace/${code.gtin}/${code.lot}/${serial}`
  const scan = (serial: string, visitor?: { forwardedFor?: string; userAgent?: string }, code = TEA) => api.post(`${path(serial, code)}/scans`, {}, as(visitor))
  const publicView = async (serial: string) => (await api.get(path(serial), store)).data.scans
  const serialRow = async (serial: string, code = TEA) => {
    const [batch] = await trace().listTraceBatches({ gtin: code.gtin, lot: code.lot })
    const [row] = await trace().listPackageSerials({ batch_id: batch!.id, serial })
    return row!
  }
  const flagged = async () => (await api.get("/admin/flagged-serials", await adminHeaders(api))).data.serials as { serial: string; state: string }[]
  /** A seeded demo enterprise's portal login (紫阳 tea owns the tea batch, 岚皋 konjac does not). */
  const portal = async (handle: string) => {
    const owner = DEMO_PORTAL.owners.find((o) => o.enterpriseHandle === handle)!
    const { data } = await api.post("/auth/enterprise/emailpass", { email: owner.email, password: DEMO_PORTAL.password })
    return { headers: { authorization: `Bearer ${data.token}` } }
  }
  const trustLoopback = () => {
    beforeEach(() => {
      process.env.TRUSTED_PROXIES = "loopback"
    })
    afterEach(() => {
      delete process.env.TRUSTED_PROXIES
    })
  }

  describe("forging attacks count once and warn no one", () => {
    it("(1a) spoofed X-Forwarded-For from an untrusted peer is ignored: five addresses are one network", async () => {
      for (const forged of ["1.1.1.1", "8.8.8.8", "9.9.9.9", "114.114.114.114", "223.5.5.5"]) await scan("0001", { forwardedFor: forged })
      const row = await serialRow("0001")
      expect(row).toMatchObject({ scan_count: 1, network_count: 1, signal_state: "normal" })
      expect(await publicView("0001")).toMatchObject({ scan_count: 1, networks: 1, counterfeit_warning: false })
      expect((await flagged()).map((s) => s.serial)).not.toContain("0001")
    })

    describe("behind a trusted proxy", () => {
      trustLoopback()
      it("(1b) a client-written left part of the chain is never reached: the proxy's view of the client counts", async () => {
        for (const forged of ["1.1.1.1", "8.8.8.8", "9.9.9.9", "114.114.114.114", "223.5.5.5"]) {
          await scan("0002", { forwardedFor: `${forged}, 203.0.113.7` })
        }
        expect(await serialRow("0002")).toMatchObject({ scan_count: 1, network_count: 1, signal_state: "normal" })
        const [scanRow] = await trace().listPackageScans({ package_serial_id: (await serialRow("0002")).id })
        expect(scanRow).toMatchObject({ network: "203.0.113.0/24", place: "203.0.113.0/24" })
        expect(await publicView("0002")).toMatchObject({ scan_count: 1, counterfeit_warning: false })
      })
    })

    it("(2) a body naming an ip or user_agent is refused with 400 and counts nothing", async () => {
      for (const body of [{ ip: "1.2.3.4" }, { user_agent: BROWSER }, { ip: "5.6.7.8", user_agent: BROWSER }]) {
        const refused = await expectFailure(api.post(`${path("0003")}/scans`, body, as()))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/ip|user_agent/)
      }
      const location = await expectFailure(api.post(`${path("0003")}/scans/location`, { ip: "1.2.3.4", latitude: 32.6, longitude: 109 }, as()))
      expect(location.status).toBe(400)
      expect(await serialRow("0003")).toMatchObject({ scan_count: 0, network_count: 0, signal_state: "normal" })
      expect(await publicView("0003")).toMatchObject({ scan_count: 0, counterfeit_warning: false })
    })

    describe("behind a trusted proxy", () => {
      trustLoopback()
      it("(3) five User-Agents and the share-location call from one address count once and raise nothing", async () => {
        const address = "198.51.100.23"
        for (let i = 0; i < 5; i++) await scan("0004", { forwardedFor: address, userAgent: `${BROWSER} variant-${i}` })
        const shared = await api.post(`${path("0004")}/scans/location`, { latitude: 25.83, longitude: 114.93 }, as({ forwardedFor: address, userAgent: "another browser" }))
        expect(shared.data).toMatchObject({ place: "geo:25.8,114.9", scans: { scan_count: 1, networks: 1, counterfeit_warning: false } })
        // Sharing again from elsewhere moves the same scan; it never adds a place or a network.
        await api.post(`${path("0004")}/scans/location`, { latitude: 32.68, longitude: 109.02 }, as({ forwardedFor: address }))
        const row = await serialRow("0004")
        expect(row).toMatchObject({ scan_count: 1, network_count: 1, signal_state: "normal" })
        expect((await trace().listPackageScans({ package_serial_id: row.id })).map((s) => s.place)).toEqual(["geo:32.6,109.0"])
        expect(await publicView("0004")).toMatchObject({ scan_count: 1, counterfeit_warning: false })
        expect((await flagged()).map((s) => s.serial)).not.toContain("0004")
      })
    })
  })

  describe("two tiers", () => {
    trustLoopback()
    it("many networks make a serial suspicious for staff only; confirm warns the public, clear restores it", async () => {
      for (let i = 1; i <= 5; i++) await scan("0005", { forwardedFor: `100.${i}.7.9` })
      const admin = await adminHeaders(api)
      const list = (await api.get("/admin/flagged-serials?state=suspicious", admin)).data.serials
      const signal = list.find((s: { serial: string }) => s.serial === "0005")
      expect(signal).toMatchObject({
        state: "suspicious",
        reasons: ["many_networks"],
        evidence: { scan_count: 5, network_count: 5, networks_since_review: 5 },
        batch: { gtin: TEA.gtin, lot: TEA.lot, product_title: "紫阳毛尖富硒绿茶", enterprise_name: "紫阳县富硒茶业有限公司" },
      })
      expect(signal.evidence.places).toHaveLength(5)
      expect(Date.parse(signal.suspected_at)).not.toBeNaN()
      // The thresholds alone never speak to shoppers.
      expect(await publicView("0005")).toMatchObject({ scan_count: 5, networks: 5, counterfeit_warning: false })

      const noNote = await expectFailure(api.post(`/admin/flagged-serials/${signal.id}/confirm`, { note: " " }, admin))
      expect(noNote.status).toBe(400)
      const confirmed = await api.post(`/admin/flagged-serials/${signal.id}/confirm`, { note: "企业核实：该包装已售出，其余为仿冒" }, admin)
      expect(confirmed.data.serial).toMatchObject({ state: "confirmed", review_note: "企业核实：该包装已售出，其余为仿冒", reviewed_by: expect.stringMatching(/^user_/) })
      expect(await publicView("0005")).toMatchObject({ counterfeit_warning: true })

      const cleared = await api.post(`/admin/flagged-serials/${signal.id}/clear`, { note: "复核：同一旅行团在多地扫描" }, admin)
      expect(cleared.data.serial).toMatchObject({ state: "cleared", evidence: { scans_since_review: 0, networks_since_review: 0 } })
      expect(await publicView("0005")).toMatchObject({ counterfeit_warning: false })
      expect((await api.get("/admin/flagged-serials", admin)).data.serials.map((s: { serial: string }) => s.serial)).not.toContain("0005")
      const again = await expectFailure(api.post(`/admin/flagged-serials/${signal.id}/clear`, { note: "again" }, admin))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/only a suspicious or confirmed serial can be cleared/)

      // The same evidence does not flag it again: the same networks a day later add scans, not networks…
      const row = await serialRow("0005")
      const later = new Date(Date.now() + 25 * 3_600_000)
      for (let i = 1; i <= 5; i++) await trace().recordScan(row.id, { network: `100.${i}.7.0/24` }, later)
      expect(await serialRow("0005")).toMatchObject({ scan_count: 10, network_count: 5, signal_state: "cleared" })
      // …while five networks never seen before do.
      for (let i = 1; i <= 5; i++) await trace().recordScan(row.id, { network: `101.${i}.7.0/24` }, later)
      expect(await serialRow("0005")).toMatchObject({ network_count: 10, signal_state: "suspicious" })
      expect((await expectFailure(api.post("/admin/flagged-serials/pser_missing/confirm", { note: "x" }, admin))).status).toBe(404)
      expect((await expectFailure(api.get("/admin/flagged-serials"))).status).toBe(401)
    })

    it("confirmCounterfeitWorkflow confirms a serial no threshold flagged, and confirming twice changes nothing", async () => {
      const row = await serialRow("0006")
      const input = { serial_id: row.id, actor_id: "user_case_desk", note: "举报 #1 核实" }
      await confirmCounterfeitWorkflow(getContainer()).run({ input })
      await confirmCounterfeitWorkflow(getContainer()).run({ input: { ...input, note: "举报 #2" } })
      expect(await serialRow("0006")).toMatchObject({ signal_state: "confirmed", reviewed_by: "user_case_desk", review_note: "举报 #1 核实" })
      expect(await publicView("0006")).toMatchObject({ counterfeit_warning: true })
    })

    it("shows the enterprise its own flagged serials, read-only, and no one else's", async () => {
      for (let i = 1; i <= 5; i++) await scan("0007", { forwardedFor: `100.${i}.8.9` })
      const tea = await portal("ziyang-selenium-tea-co")
      const own = (await api.get("/enterprise/flagged-serials", tea)).data.serials.map((s: { serial: string; state: string }) => `${s.serial}:${s.state}`)
      expect(own).toEqual(expect.arrayContaining(["0007:suspicious", "0013:confirmed", "0014:suspicious"]))
      const other = await portal("langao-konjac-coop")
      expect((await api.get("/enterprise/flagged-serials", other)).data.serials).toEqual([])
    })
  })

  describe("parallel scans", () => {
    trustLoopback()
    it("count exactly: twenty networks at once add twenty scans, one network's burst adds one", async () => {
      const networks = Array.from({ length: 20 }, (_, i) => `100.${100 + i}.1.1`)
      const answers = await Promise.all(networks.map((address) => scan("0009", { forwardedFor: address })))
      expect(answers.every((a) => a.status === 201 && a.data.scans.counted)).toBe(true)
      expect(await serialRow("0009")).toMatchObject({ scan_count: 20, network_count: 20 })

      const burst = await Promise.all(Array.from({ length: 10 }, () => scan("0010", { forwardedFor: "198.51.100.99" })))
      expect(burst.filter((a) => a.data.scans.counted)).toHaveLength(1)
      expect(await serialRow("0010")).toMatchObject({ scan_count: 1, network_count: 1 })
      expect(await publicView("0010")).toMatchObject({ scan_count: 1, networks: 1 })
    })
  })

  describe("rate limit", () => {
    trustLoopback()
    it("counts at most 30 scans per network per hour across serials; beyond: 429 with Retry-After and nothing counted", async () => {
      const serials = [...Array.from({ length: 20 }, (_, i) => ({ serial: String(i + 1).padStart(4, "0"), code: TEA })), ...Array.from({ length: 10 }, (_, i) => ({ serial: String(i + 1).padStart(4, "0"), code: RICE }))]
      for (const [i, { serial, code }] of serials.entries()) {
        const { status, data } = await scan(serial, { forwardedFor: `192.0.2.${i + 1}` }, code)
        expect([status, data.scans.counted]).toEqual([201, true])
      }
      const refused = (await expectFailure(scan("0011", { forwardedFor: "192.0.2.200" }, RICE))) as { status: number; data: any; headers: Record<string, string> }
      expect(refused.status).toBe(429)
      expect(refused.data).toMatchObject({ code: "scan_rate_limited", message: expect.stringMatching(/nothing was counted/) })
      expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(3600)
      expect(await serialRow("0011", RICE)).toMatchObject({ scan_count: 0 })
      // A repeat from the same network is not a new count and is not refused; another network is unaffected.
      expect((await scan("0001", { forwardedFor: "192.0.2.9" })).data.scans.counted).toBe(false)
      expect((await scan("0011", { forwardedFor: "203.0.113.1" }, RICE)).data.scans).toMatchObject({ counted: true, scan_count: 1 })
    })
  })

  describe("withdrawn batches", () => {
    it("a voided batch's pages say so with the reason; its scans are refused and not counted", async () => {
      const admin = await adminHeaders(api)
      const [batch] = await trace().listTraceBatches({ gtin: RICE.gtin, lot: RICE.lot })
      const noReason = await expectFailure(api.post(`/admin/trace-batches/${batch!.id}/void`, { reason: "" }, admin))
      expect(noReason.status).toBe(400)
      const { data } = await api.post(`/admin/trace-batches/${batch!.id}/void`, { reason: "包装标签印错批次，已召回" }, admin)
      expect(data.trace_batch).toMatchObject({ void_reason: "包装标签印错批次，已召回", voided_by_type: "staff", voided_by: expect.stringMatching(/^user_/) })
      const record = (await api.get(`/store/trace/${RICE.gtin}/${RICE.lot}`, store)).data.batch
      expect(record.voided).toEqual({ voided_at: expect.any(String), reason: "包装标签印错批次，已召回" })

      const refused = await expectFailure(scan("0001", {}, RICE))
      expect(refused.status).toBe(400)
      expect(refused.data).toMatchObject({ code: "batch_voided", message: expect.stringMatching(/withdrawn/) })
      expect(await serialRow("0001", RICE)).toMatchObject({ scan_count: 0 })
      expect((await expectFailure(api.post(`/admin/trace-batches/${batch!.id}/void`, { reason: "again" }, admin))).data.code).toBe("batch_already_voided")
      const detail = await api.get(`/admin/trace-batches/${batch!.id}`, admin)
      expect(detail.data.trace_batch.voided).toMatchObject({ reason: "包装标签印错批次，已召回", voided_by_type: "staff" })
    })

    it("an enterprise voids its own batch and cannot void another's", async () => {
      const [batch] = await trace().listTraceBatches({ gtin: TEA.gtin, lot: TEA.lot })
      const other = await portal("langao-konjac-coop")
      expect((await expectFailure(api.post(`/enterprise/trace-batches/${batch!.id}/void`, { reason: "not mine" }, other))).status).toBe(404)
      expect((await trace().retrieveTraceBatch(batch!.id)).voided_at).toBeNull()
      const tea = await portal("ziyang-selenium-tea-co")
      const { data } = await api.post(`/enterprise/trace-batches/${batch!.id}/void`, { reason: "仓储受潮，整批下架" }, tea)
      expect(data.trace_batch).toMatchObject({ voided_by_type: "enterprise", voided_by: expect.any(String) })
      const { data: products } = await api.get("/store/products?handle=ziyang-maojian-green-tea&fields=id", store)
      expect((await api.get(`/store/trace?product_id=${products.products[0].id}`, store)).data.batches).toEqual([])
    })
  })
})
