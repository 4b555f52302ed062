import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_FACT_KEYS, REGIONS, type MonitoringCountyRow, type MonitoringReport } from "@seleno/domain"
import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import type EnterpriseModuleService from "../../src/modules/enterprise/service"
import { TRACEABILITY_MODULE } from "../../src/modules/traceability"
import type TraceabilityModuleService from "../../src/modules/traceability/service"
import { readyCart, regionId, seededVariantId, settle } from "../utils/checkout"
import { marketingHeaders } from "../utils/marketing"
import { adminHeaders } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DAY_MS = 86_400_000
/** The Asia/Shanghai calendar day of an instant. */
const chinaDay = (at: Date | string) => new Date(new Date(at).getTime() + 8 * 3600_000).toISOString().slice(0, 10)
const COUNTY_COUNT = REGIONS.reduce((n, r) => n + r.counties.length, 0)

seededSuite("seleno_it_monitoring", ({ api, getContainer, store }) => {
  let admin: { headers: Record<string, string> }

  beforeAll(async () => {
    admin = await adminHeaders(api)
  })

  const report = async (query = ""): Promise<MonitoringReport> => (await api.get(`/admin/monitoring${query}`, admin)).data.monitoring
  const rowOf = (r: MonitoringReport, county: string): MonitoringCountyRow => r.counties.find((row) => row.county.code === county)!

  /** Published products with their county, certified (asked of the public certification API) and traced (a batch of one of its variants). */
  async function catalogueFacts() {
    const products = await getContainer().resolve(Modules.PRODUCT).listProducts({ status: "published" }, { select: ["id", "handle", "metadata"], take: null })
    const certified = new Set<string>()
    for (let i = 0; i < products.length; i += 100) {
      const ids = products.slice(i, i + 100).map((p) => `product_id=${p.id}`).join("&")
      const { data } = await api.get(`/store/product-certifications?${ids}`, store)
      for (const c of data.certifications as { product_id: string; certified: boolean }[]) if (c.certified) certified.add(c.product_id)
    }
    const { data: batches } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "trace_batch", fields: ["id", "voided_at", "product_variant.product_id"] })
    const traced = new Set(
      batches.filter((b: { voided_at: string | null }) => !b.voided_at).map((b: { product_variant?: { product_id: string } | null }) => b.product_variant?.product_id)
    )
    return products.map((p) => ({
      id: p.id,
      handle: p.handle,
      county: (p.metadata?.[PRODUCT_FACT_KEYS.county] as string | undefined) ?? null,
      certified: certified.has(p.id),
      traced: traced.has(p.id),
    }))
  }

  it("computes the certified share and trace coverage of the seeded catalogue, overall and per county", async () => {
    const facts = await catalogueFacts()
    const certified = facts.filter((p) => p.certified)
    // The seed has products of both kinds, so the shares below mean something.
    expect(certified.length).toBeGreaterThan(0)
    expect(certified.length).toBeLessThan(facts.length)

    const r = await report()
    expect(r.certified_share).toEqual({ numerator: certified.length, denominator: facts.length, share: Math.round((certified.length / facts.length) * 10_000) / 10_000 })
    const traced = certified.filter((p) => p.traced).length
    expect(r.trace_coverage).toMatchObject({ numerator: traced, denominator: certified.length })
    expect(r.trace_coverage.targets.map((t) => [t.year, t.share])).toEqual([[2023, 0.4], [2025, 0.6]])
    expect(r.trace_coverage.target.share).toBe(new Date().getFullYear() >= 2025 ? 0.6 : 0.4)
    expect(r.trace_coverage.meets_target).toBe((r.trace_coverage.share ?? 0) >= r.trace_coverage.target.share)

    expect(r.counties).toHaveLength(COUNTY_COUNT)
    for (const row of r.counties) {
      const mine = facts.filter((p) => p.county === row.county.code)
      expect([row.county.code, row.published_products, row.certified_products, row.traced_products]).toEqual([
        row.county.code,
        mine.length,
        mine.filter((p) => p.certified).length,
        mine.filter((p) => p.certified && p.traced).length,
      ])
    }
    expect(r.totals.published_products).toBe(facts.length)
  })

  it("counts active enterprises per county, and a suspended one drops out", async () => {
    const enterprises = getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    const active = await enterprises.listEnterprises({ status: "active" }, { select: ["id", "county"], take: null })
    const r = await report()
    for (const row of r.counties) expect([row.county.code, row.enterprises]).toEqual([row.county.code, active.filter((e) => e.county === row.county.code).length])
    const busiest = [...r.counties].sort((a, b) => b.enterprises - a.enterprises)[0]!
    expect(busiest.enterprises).toBeGreaterThan(0)
    const victim = active.find((e) => e.county === busiest.county.code)!
    await enterprises.updateEnterprises({ id: victim.id, status: "suspended" })
    expect(rowOf(await report(), busiest.county.code).enterprises).toBe(busiest.enterprises - 1)
  })

  it("moves the certified share down when a certificate is revoked", async () => {
    const before = await report()
    const product = (await catalogueFacts()).find((p) => p.certified && p.county)!
    const county = product.county!
    const { data } = await api.get("/admin/certificates", admin)
    const certificate = (data.certificates as { id: string; product: { id: string } | null; status: string }[]).find(
      (c) => c.product?.id === product.id && (c.status === "valid" || c.status === "expiring")
    )!
    expect(rowOf(before, county).certified_products).toBeGreaterThan(0)

    await api.post(`/admin/certificates/${certificate.id}/revoke`, {}, admin)
    const after = await report()
    expect(after.certified_share.numerator).toBe(before.certified_share.numerator - 1)
    expect(after.certified_share.denominator).toBe(before.certified_share.denominator)
    expect(after.certified_share.share!).toBeLessThan(before.certified_share.share!)
    expect(rowOf(after, county).certified_products).toBe(rowOf(before, county).certified_products - 1)
  })

  it("leaves a product out of the trace coverage once its only batch is voided", async () => {
    const before = await report()
    const product = (await catalogueFacts()).find((p) => p.certified && p.traced && p.county)!
    const { data: batches } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "trace_batch", fields: ["id", "product_variant.product_id"] })
    const own = batches.filter((b: { product_variant?: { product_id: string } | null }) => b.product_variant?.product_id === product.id)
    for (const batch of own) await api.post(`/admin/trace-batches/${batch.id}/void`, { reason: "包装印错批号，已召回" }, admin)

    const after = await report()
    expect(after.trace_coverage.numerator).toBe(before.trace_coverage.numerator - 1)
    expect(after.trace_coverage.denominator).toBe(before.trace_coverage.denominator)
    expect(rowOf(after, product.county!).traced_products).toBe(rowOf(before, product.county!).traced_products - 1)
    // Still certified: only the coverage moves.
    expect(after.certified_share).toEqual(before.certified_share)
  })

  it("counts an order in its county's sales only once its payment is captured", async () => {
    const handle = "ziyang-maojian-green-tea"
    const [tea] = await getContainer().resolve(Modules.PRODUCT).listProducts({ handle }, { select: ["id", "metadata"] })
    const county = tea!.metadata![PRODUCT_FACT_KEYS.county] as string
    const before = await report()

    const cartId = await readyCart(api, store, { regionId: await regionId(api, store), items: [{ variant_id: await seededVariantId(api, store, handle), quantity: 2 }] })
    const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(done.type).toBe("order")
    const order = done.order as { id: string; items: { product_id: string; total: number }[] }
    const itemsFen = Math.round(order.items.filter((i) => i.product_id === tea!.id).reduce((s, i) => s + Number(i.total), 0) * 100)
    expect(itemsFen).toBeGreaterThan(0)

    // Authorized, not captured: not a sale yet.
    const authorized = await report()
    expect(rowOf(authorized, county)).toMatchObject({ orders: rowOf(before, county).orders, sales_fen: rowOf(before, county).sales_fen })

    const { data: detail } = await api.get(`/admin/orders/${order.id}?fields=id,*payment_collections.payments`, admin)
    const payment = detail.order.payment_collections[0].payments[0]
    await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)

    const after = await report()
    expect(rowOf(after, county).orders).toBe(rowOf(before, county).orders + 1)
    expect(rowOf(after, county).sales_fen).toBe(rowOf(before, county).sales_fen + itemsFen)
    expect(after.totals.sales_fen).toBe(before.totals.sales_fen + itemsFen)
    // Other counties are untouched, and a range before today leaves the order out.
    expect(rowOf(after, "xunwu").sales_fen).toBe(rowOf(before, "xunwu").sales_fen)
    const yesterday = chinaDay(new Date(Date.now() - DAY_MS))
    expect(rowOf(await report(`?from=${yesterday}&to=${yesterday}`), county).orders).toBe(0)
  })

  it("counts the scans of a county's batches in the range, from the scan records", async () => {
    const trace = getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const scans = await trace.listPackageScans({}, { select: ["id", "scanned_at", "package_serial_id"], take: null })
    expect(scans.length).toBeGreaterThan(0)
    const serials = await trace.listPackageSerials({ id: [...new Set(scans.map((s) => s.package_serial_id))] }, { select: ["id", "batch_id"] })
    const batchOf = new Map(serials.map((s) => [s.id, s.batch_id]))
    const { data: batches } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "trace_batch", fields: ["id", "product_variant.product.metadata"] })
    const countyOf = new Map(
      batches.map((b: { id: string; product_variant?: { product?: { metadata?: Record<string, unknown> | null } | null } | null }) => [
        b.id,
        b.product_variant?.product?.metadata?.[PRODUCT_FACT_KEYS.county] as string,
      ])
    )
    const days = scans.map((s) => chinaDay(s.scanned_at)).sort()
    const from = days[0]!
    const to = days.at(-1)!
    const r = await report(`?from=${from}&to=${to}`)
    const expected = new Map<string, number>()
    for (const s of scans) {
      const county = countyOf.get(batchOf.get(s.package_serial_id)!)!
      expected.set(county, (expected.get(county) ?? 0) + 1)
    }
    for (const row of r.counties) expect([row.county.code, row.scans]).toEqual([row.county.code, expected.get(row.county.code) ?? 0])
    expect(r.totals.scans).toBe(scans.length)

    // A range that ends the day before the first scan counts none of them.
    const before = chinaDay(new Date(new Date(`${from}T00:00:00+08:00`).getTime() - DAY_MS))
    expect((await report(`?from=${before}&to=${before}`)).totals.scans).toBe(0)
  })

  it("counts a county's open report cases: new and investigating, not closed", async () => {
    const product = (await catalogueFacts()).find((p) => p.county)!
    const county = product.county!
    const before = await report()
    /** A shopper's report about the product from its page; answers the case id. */
    const file = async (kind: string) => {
      const { data } = await api.post("/store/report-cases", { kind, description: "标签上的硒含量与检测报告不符", product_id: product.id }, store)
      const { data: queue } = await api.get("/admin/report-cases?limit=100", admin)
      return (queue.report_cases as { id: string; number: string }[]).find((c) => c.number === data.report_case.number)!.id
    }
    await file("wrong_label")
    const investigating = await file("quality")
    const closed = await file("counterfeit")
    await api.post(`/admin/report-cases/${investigating}/status`, { status: "investigating", note: "联系企业核实" }, admin)
    await api.post(`/admin/report-cases/${closed}/status`, { status: "closed", note: "重复举报" }, admin)

    const after = await report()
    expect(rowOf(after, county).open_cases).toBe(rowOf(before, county).open_cases + 2)
    expect(after.totals.open_cases).toBe(before.totals.open_cases + 2)
    const other = after.counties.find((row) => row.county.code !== county)!
    expect(other.open_cases).toBe(rowOf(before, other.county.code).open_cases)
    const csv = Buffer.from((await api.get("/admin/monitoring/export", { ...admin, responseType: "arraybuffer" })).data).toString("utf8")
    const line = csv.split("\r\n").find((l) => l.split(",")[3] === county)!.split(",")
    expect(Number(line.at(-1))).toBe(rowOf(after, county).open_cases)
  })

  it("limits rows and headline to a region", async () => {
    const all = await report()
    const r = await report("?region=ganzhou")
    expect(r.region).toBe("ganzhou")
    expect(r.counties.map((c) => c.county.code)).toEqual(REGIONS.find((g) => g.code === "ganzhou")!.counties.map((c) => c.code))
    const ganzhou = all.counties.filter((c) => c.region.code === "ganzhou")
    expect(r.certified_share.denominator).toBe(ganzhou.reduce((n, c) => n + c.published_products, 0))
    expect(r.certified_share.denominator).toBeLessThan(all.certified_share.denominator)
  })

  it("defaults to the last 30 China days", async () => {
    const r = await report()
    expect(r.to).toBe(chinaDay(new Date()))
    expect(r.from).toBe(chinaDay(new Date(Date.now() - 29 * DAY_MS)))
  })

  it("exports the report as CSV with a BOM, the header and one row per county", async () => {
    // Raw bytes: axios would swallow the BOM this checks.
    const csv = (query: string) => api.get(`/admin/monitoring/export${query}`, { ...admin, responseType: "arraybuffer" })
    const response = await csv("?region=ankang")
    expect(response.status).toBe(200)
    expect(response.headers["content-type"]).toContain("text/csv")
    expect(response.headers["content-disposition"]).toMatch(/attachment; filename="market-monitoring-ankang-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"/)
    const text = Buffer.from(response.data).toString("utf8")
    expect(text.startsWith("\uFEFF")).toBe(true)
    const lines = text.slice(1).trimEnd().split("\r\n")
    expect(lines[0]).toContain("认证占比 certified share")
    const ankang = REGIONS.find((r) => r.code === "ankang")!.counties
    // Header, one row per county, the total.
    expect(lines).toHaveLength(1 + ankang.length + 1)
    const json = await report("?region=ankang")
    const ziyang = lines.find((l) => l.split(",")[3] === "ziyang")!.split(",")
    expect(ziyang.slice(4, 6)).toEqual(["紫阳县", "Ziyang"])
    expect(Number(ziyang[7])).toBe(rowOf(json, "ziyang").published_products)
    expect(lines.at(-1)!.split(",")[4]).toBe("合计")
    const all = Buffer.from((await csv("")).data).toString("utf8")
    // Without a region: also the row of records that name no county.
    expect(all.slice(1).trimEnd().split("\r\n")).toHaveLength(1 + COUNTY_COUNT + 2)
  })

  it("refuses a bad date range or region with a 400 naming the field", async () => {
    const cases: [string, string][] = [
      ["?from=2026-13-01", "from"],
      ["?to=yesterday", "to"],
      ["?from=2026-11-30&to=2026-11-01", "from"],
      ["?from=2024-01-01&to=2026-01-01", "to"],
      [`?from=${chinaDay(new Date(Date.now() + 2 * DAY_MS))}`, "from"],
      ["?region=atlantis", "region"],
    ]
    for (const [query, field] of cases) {
      for (const path of ["/admin/monitoring", "/admin/monitoring/export"]) {
        const response = await settle(api.get(`${path}${query}`, admin))
        expect([query, response.status]).toEqual([query, 400])
        expect(response.data.message).toContain(field)
      }
    }
  })

  it("is for platform staff: marketing staff get 403, callers without a login 401", async () => {
    const marketing = await marketingHeaders(api, getContainer())
    for (const path of ["/admin/monitoring", "/admin/monitoring/export", "/admin/monitoring/export?region=ankang"]) {
      const refused = await settle(api.get(path, marketing))
      expect(refused.status).toBe(403)
      expect(refused.data.message).toContain("/admin/monitoring")
      expect((await settle(api.get(path))).status).toBe(401)
    }
  })
})
