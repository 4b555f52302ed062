import { Modules } from "@medusajs/framework/utils"
import { isCaseNumber, REPORT_LIMITS } from "@seleno/domain"
import { DEMO_PORTAL } from "../../src/seed/seed-portal"
import { unpublishReportedListingWorkflow } from "../../src/workflows/report-cases/unpublish-listing"
import { gtinFor } from "../../src/seed/seed-traceability"
import { TINY_PDF, TINY_PNG } from "../utils/enterprise"
import { marketingHeaders } from "../utils/marketing"
import { adminHeaders, eventually, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const TEA = { handle: "ziyang-maojian-green-tea", gtin: gtinFor(0, 1), lot: "L2026001", enterprise: "ziyang-selenium-tea-co" }
const OTHER_ENTERPRISE_LOGIN = DEMO_PORTAL.owners.find((o) => o.enterpriseHandle !== TEA.enterprise)!.email
const TEA_LOGIN = DEMO_PORTAL.owners.find((o) => o.enterpriseHandle === TEA.enterprise)!.email

type Headers = { headers: Record<string, string> }

// Requests arrive from loopback; trusting it lets each test speak for its own shopper network
// through X-Forwarded-For, as the storefront does on the shopper's behalf.
const TRUSTED = "loopback"

let network = 0
/** A fresh shopper network (its own /24) for each use, so tests do not share a throttle count. */
function shopper(): string {
  network += 1
  return `198.51.${network}.7`
}

seededSuite("seleno_it_report_cases", ({ api, getContainer, store }) => {
  let admin: Headers
  let productId: string

  const as = (address: string, extra: Record<string, string> = {}) => ({ headers: { ...store.headers, "x-forwarded-for": address, ...extra } })
  const report = (body: object, address = shopper()) => api.post("/store/report-cases", body, as(address))
  const reportForm = (fields: Record<string, string>, photo?: { bytes: Buffer; type: string; name: string }, address = shopper()) => {
    const form = new FormData()
    for (const [k, v] of Object.entries(fields)) form.append(k, v)
    if (photo) form.append("photo", new Blob([new Uint8Array(photo.bytes)], { type: photo.type }), photo.name)
    return api.post("/store/report-cases", form, as(address))
  }
  const caseByNumber = async (number: string) => {
    const { data } = await api.get("/admin/report-cases?limit=100", admin)
    return (data.report_cases as { id: string; number: string }[]).find((c) => c.number === number)!
  }
  const detail = async (id: string) => (await api.get(`/admin/report-cases/${id}`, admin)).data.report_case
  const enterpriseLogin = async (email: string): Promise<Headers> => {
    const { data } = await api.post("/auth/enterprise/emailpass", { email, password: DEMO_PORTAL.password })
    return { headers: { authorization: `Bearer ${data.token}` } }
  }
  /** A new case about the seeded tea from its product page; answers the case id. */
  const newCase = async (kind = "counterfeit") => {
    const { data } = await report({ kind, description: "包装上的富硒标志像是假的", contact: "13800138000", product_id: productId })
    return (await caseByNumber(data.report_case.number)).id
  }

  beforeAll(() => {
    process.env.TRUSTED_PROXIES = TRUSTED
  })
  afterAll(() => {
    delete process.env.TRUSTED_PROXIES
  })

  beforeEach(async () => {
    admin = await adminHeaders(api)
    productId = (await api.get(`/admin/products?handle=${TEA.handle}&fields=id`, admin)).data.products[0].id
  })

  describe("shoppers", () => {
    it("report from a product page and get a case number about that product and its enterprise", async () => {
      const { status, data } = await reportForm(
        { kind: "quality", description: "茶叶有霉味", contact: "Li.Na@Example.cn", product_id: productId },
        { bytes: TINY_PNG, type: "image/png", name: "张三的照片.png" }
      )
      expect(status).toBe(201)
      expect(isCaseNumber(data.report_case.number)).toBe(true)
      expect(data.report_case).toEqual({ number: expect.any(String), kind: "quality", status: "new", created_at: expect.any(String) })
      const second = await report({ kind: "wrong_label", description: "标签写着平利绞股蓝", product_id: productId })
      const [, day, seq] = /^JB-(\d{8})-(\d{4,})$/.exec(data.report_case.number)!
      expect(second.data.report_case.number).toBe(`JB-${day}-${String(Number(seq) + 1).padStart(4, "0")}`)

      const found = await detail((await caseByNumber(data.report_case.number)).id)
      expect(found).toMatchObject({
        kind: "quality",
        status: "new",
        source: "product_page",
        contact: "li.na@example.cn",
        has_photo: true,
        product: { id: productId, handle: TEA.handle },
        enterprise: { name: "紫阳县富硒茶业有限公司" },
        code: null,
        history: [],
      })
      // The photo is kept private and served to staff only, as the image its bytes prove.
      const photo = await api.get(found.photo_url, { ...admin, responseType: "arraybuffer" })
      expect(photo.headers["content-type"]).toBe("image/png")
      expect(Buffer.from(photo.data).equals(TINY_PNG)).toBe(true)
      expect((await expectFailure(api.get(found.photo_url, store))).status).toBe(401)
    })

    it("report from a QR code: a known serial resolves to its batch and serial, an unknown one is kept as evidence", async () => {
      const known = await report({ kind: "counterfeit", description: "同一个码被扫了很多次", gtin: TEA.gtin, lot: TEA.lot, serial: "0002" })
      expect(known.status).toBe(201)
      const knownCase = await detail((await caseByNumber(known.data.report_case.number)).id)
      expect(knownCase).toMatchObject({
        source: "trace_page",
        code: { gtin: TEA.gtin, lot: TEA.lot, serial: "0002", known: true },
        product: { id: productId },
        enterprise: { name: "紫阳县富硒茶业有限公司" },
        batch: { gtin: TEA.gtin, lot: TEA.lot },
        serial_id: expect.stringMatching(/^pser_/),
      })

      const unknown = await report({ kind: "counterfeit", description: "这个码查不到", gtin: TEA.gtin, lot: TEA.lot, serial: "ZZ9999" })
      expect(unknown.status).toBe(201)
      const unknownCase = await detail((await caseByNumber(unknown.data.report_case.number)).id)
      expect(unknownCase).toMatchObject({ code: { serial: "ZZ9999", known: false }, serial_id: null, product: { id: productId }, batch: { lot: TEA.lot } })

      const madeUpLot = await report({ kind: "counterfeit", description: "批次号不存在", gtin: TEA.gtin, lot: "FAKE01", serial: "0001" })
      const madeUpCase = await detail((await caseByNumber(madeUpLot.data.report_case.number)).id)
      // The GTIN is still the tea's, so the enterprise hears that its code is being copied.
      expect(madeUpCase).toMatchObject({ code: { lot: "FAKE01", known: false }, batch: null, serial_id: null, product: { id: productId } })
    })

    it("are refused with the field to fix: no description, a bad contact, a photo that is not an image", async () => {
      const cases = [
        [{ kind: "quality", description: "   ", product_id: productId }, "description", "description_required"],
        [{ kind: "quality", description: "硒".repeat(REPORT_LIMITS.descriptionMax + 1), product_id: productId }, "description", "description_too_long"],
        [{ kind: "quality", product_id: productId }, "description", "description_required"],
        [{ kind: "quality", description: "有问题", contact: "12345", product_id: productId }, "contact", "contact_invalid"],
        [{ kind: "fake", description: "有问题", product_id: productId }, "kind", "kind_invalid"],
        [{ kind: "quality", description: "有问题" }, "product_id", "invalid"],
      ] as const
      for (const [body, field, code] of cases) {
        const refused = await expectFailure(report(body))
        expect([field, refused.status, refused.data.field, refused.data.code]).toEqual([field, 400, field, code])
        expect(refused.data.message).toMatch(new RegExp(`^${field}: `))
      }
      // A PDF named and typed as a photo is refused by its bytes.
      const pdf = await expectFailure(reportForm({ kind: "quality", description: "有问题", product_id: productId }, { bytes: TINY_PDF, type: "image/png", name: "photo.png" }))
      expect([pdf.status, pdf.data.field, pdf.data.code]).toEqual([400, "photo", "photo_not_image"])
      const big = Buffer.alloc(REPORT_LIMITS.photoMaxBytes + 10)
      TINY_PNG.copy(big)
      const tooBig = await expectFailure(reportForm({ kind: "quality", description: "有问题", product_id: productId }, { bytes: big, type: "image/png", name: "big.png" }))
      expect([tooBig.status, tooBig.data.field, tooBig.data.code]).toEqual([413, "photo", "photo_too_large"])
      const unknownProduct = await expectFailure(report({ kind: "quality", description: "有问题", product_id: "prod_doesnotexist" }))
      expect(unknownProduct.status).toBe(400)
      expect(unknownProduct.data.message).toContain("product_id")
      // Nothing was filed.
      expect((await api.get("/admin/report-cases", admin)).data.count).toBe(0)
    })

    it("are throttled per network: five reports an hour, then 429 with Retry-After", async () => {
      const body = { kind: "counterfeit", description: "假货", product_id: productId }
      for (let i = 1; i <= REPORT_LIMITS.perNetworkPerHour; i++) {
        // Neighbouring addresses of one /24 count as one network.
        expect((await report(body, `203.0.113.${i}`)).status).toBe(201)
      }
      const refused = (await expectFailure(report(body, "203.0.113.200"))) as { status: number; data: any; headers: Record<string, string> }
      expect(refused.status).toBe(429)
      expect(refused.data.code).toBe("too_many_reports")
      expect(refused.data.message).toMatch(/Too many reports from your network.*try again in \d+ minute/)
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
      expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(3600)
      // Another network is not affected.
      expect((await report(body, "192.0.2.10")).status).toBe(201)
      expect((await api.get("/admin/report-cases?limit=100", admin)).data.count).toBe(REPORT_LIMITS.perNetworkPerHour + 1)
    })

    it("cannot buy more reports with a forged X-Forwarded-For from an untrusted peer", async () => {
      // No trusted proxies: the socket's peer is the shopper, whatever the header says.
      process.env.TRUSTED_PROXIES = ""
      try {
        const body = { kind: "counterfeit", description: "假货", product_id: productId }
        for (let i = 1; i <= REPORT_LIMITS.perNetworkPerHour; i++) {
          expect((await report(body, `10.${i}.${i}.${i}`)).status).toBe(201)
        }
        const refused = await expectFailure(report(body, "172.16.99.99"))
        expect(refused.status).toBe(429)
        expect((await api.get("/admin/report-cases?limit=100", admin)).data.count).toBe(REPORT_LIMITS.perNetworkPerHour)
      } finally {
        process.env.TRUSTED_PROXIES = TRUSTED
      }
    })

    it("tell staff and the product's enterprise through the notification module, without the contact", async () => {
      const { data } = await report({ kind: "counterfeit", description: "假货", contact: "13800138000", product_id: productId })
      const id = (await caseByNumber(data.report_case.number)).id
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const sent = await eventually(async () => {
        const rows = await notifications.listNotifications({ resource_id: id })
        return rows.length >= 2 ? rows : null
      })
      expect(sent.map((n) => n.to).sort()).toEqual(["cases@seleno.local", TEA_LOGIN].sort())
      for (const n of sent) {
        expect(n.data).toMatchObject({ number: data.report_case.number, kind: "counterfeit" })
        expect(JSON.stringify(n.data)).not.toContain("13800138000")
      }
    })
  })

  describe("staff", () => {
    it("list the queue with filters and move a case new → investigating → closed, closing only with a note", async () => {
      const quality = await newCase("quality")
      const counterfeit = await newCase("counterfeit")
      const byKind = (await api.get("/admin/report-cases?kind=quality", admin)).data
      expect(byKind.report_cases.map((c: { id: string }) => c.id)).toEqual([quality])

      const taken = await api.post(`/admin/report-cases/${counterfeit}/status`, { status: "investigating", note: "联系企业核实" }, admin)
      expect(taken.data.report_case.status).toBe("investigating")
      expect((await api.get("/admin/report-cases?status=investigating", admin)).data.report_cases.map((c: { id: string }) => c.id)).toEqual([counterfeit])
      expect((await api.get("/admin/report-cases?status=new", admin)).data.report_cases.map((c: { id: string }) => c.id)).toEqual([quality])

      const noNote = await expectFailure(api.post(`/admin/report-cases/${counterfeit}/status`, { status: "closed" }, admin))
      expect(noNote.status).toBe(400)
      expect(noNote.data.message).toContain("resolution note")
      const back = await expectFailure(api.post(`/admin/report-cases/${counterfeit}/status`, { status: "new" }, admin))
      expect(back.status).toBe(400)
      expect(back.data.message).toContain("cannot move to new")

      const closed = (await api.post(`/admin/report-cases/${counterfeit}/status`, { status: "closed", note: "企业提供了检测报告，举报不属实" }, admin)).data.report_case
      expect(closed).toMatchObject({ status: "closed", resolution: "企业提供了检测报告，举报不属实", closed_at: expect.any(String) })
      const me = (await api.get("/admin/users/me", admin)).data.user
      expect(closed.history).toEqual([
        expect.objectContaining({ kind: "status_change", from_status: "new", to_status: "investigating", actor_id: me.id, actor_email: me.email, note: "联系企业核实" }),
        expect.objectContaining({ kind: "status_change", from_status: "investigating", to_status: "closed", note: "企业提供了检测报告，举报不属实" }),
      ])
      const reopened = await expectFailure(api.post(`/admin/report-cases/${counterfeit}/status`, { status: "investigating" }, admin))
      expect(reopened.data.message).toContain("a closed case stays closed")
      // No action is taken from a closed case.
      const late = await expectFailure(api.post(`/admin/report-cases/${counterfeit}/actions`, { action: "unpublish_listing", note: "下架" }, admin))
      expect(late.status).toBe(400)
      expect(late.data.message).toContain("case_closed")
    })

    it("unpublish the listing: the product leaves the store, and the action is in the history", async () => {
      const id = await newCase()
      const { data } = await api.post(`/admin/report-cases/${id}/actions`, { action: "unpublish_listing", note: "假冒属实，先下架" }, admin)
      expect(data.report_case.status).toBe("investigating")
      expect(data.report_case.product.status).toBe("draft")
      expect(data.report_case.history).toEqual([
        expect.objectContaining({ kind: "unpublish_listing", from_status: "new", to_status: "investigating", note: "假冒属实，先下架", target_id: productId }),
      ])
      const inStore = await api.get(`/store/products?handle=${TEA.handle}`, store)
      expect(inStore.data.products).toEqual([])
    })

    it("undo an action whose history entry cannot be written: the listing is published again and the case still new", async () => {
      const id = await newCase()
      // No actor: the history line cannot be written (actor_id is required), so the steps before it compensate.
      const { errors } = await unpublishReportedListingWorkflow(getContainer()).run({
        input: { id, actor_id: undefined as unknown as string, note: "下架" },
        throwOnError: false,
      })
      expect(errors.map((e) => e.action)).toEqual(["record-report-case-entry"])
      const after = await detail(id)
      expect([after.status, after.history, after.product.status]).toEqual(["new", [], "published"])
      expect((await api.get(`/store/products?handle=${TEA.handle}`, store)).data.products).toHaveLength(1)
    })

    it("revoke a certificate of the case's product, and only of it", async () => {
      const id = await newCase()
      const { certificates } = await detail(id)
      const active = certificates.find((c: { revoked_at: string | null }) => !c.revoked_at)
      expect(active).toBeDefined()
      const { data: all } = await api.get("/admin/certificates", admin)
      const unrelated = (all.certificates as { id: string }[]).find((c) => !certificates.some((own: { id: string }) => own.id === c.id))!
      const refused = await expectFailure(api.post(`/admin/report-cases/${id}/actions`, { action: "revoke_certificate", note: "撤销", certificate_id: unrelated.id }, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("certificate_not_of_case")

      const { data } = await api.post(`/admin/report-cases/${id}/actions`, { action: "revoke_certificate", note: "检测值造假", certificate_id: active.id }, admin)
      expect(data.report_case.certificates.find((c: { id: string }) => c.id === active.id).revoked_at).toEqual(expect.any(String))
      expect(data.report_case.history).toEqual([expect.objectContaining({ kind: "revoke_certificate", target_id: active.id, note: "检测值造假" })])
      const after = (await api.get("/admin/certificates", admin)).data.certificates.find((c: { id: string }) => c.id === active.id)
      expect(after.status).toBe("revoked")
      const unrelatedAfter = (await api.get("/admin/certificates", admin)).data.certificates.find((c: { id: string }) => c.id === unrelated.id)
      expect(unrelatedAfter.status).not.toBe("revoked")
    })

    it("suspend the enterprise through its standing workflow, with the case as the reason", async () => {
      const id = await newCase()
      const before = await detail(id)
      const { data } = await api.post(`/admin/report-cases/${id}/actions`, { action: "suspend_enterprise", note: "多次售假" }, admin)
      expect(data.report_case.enterprise.status).toBe("suspended")
      expect(data.report_case.history).toEqual([expect.objectContaining({ kind: "suspend_enterprise", target_id: before.enterprise.id, note: "多次售假" })])
      const enterprise = (await api.get(`/admin/enterprises/${before.enterprise.id}`, admin)).data.enterprise
      expect(enterprise).toMatchObject({ status: "suspended", review_note: expect.stringContaining(before.number) })
      // Suspension takes the enterprise's products off sale.
      expect((await api.get(`/store/products?handle=${TEA.handle}`, store)).data.products).toEqual([])
    })

    it("confirm a reported serial as counterfeit: the public page warns, and a case without a serial cannot", async () => {
      const { data } = await report({ kind: "counterfeit", description: "同一个码被扫了很多次", gtin: TEA.gtin, lot: TEA.lot, serial: "0003" })
      const id = (await caseByNumber(data.report_case.number)).id
      const missingNote = await expectFailure(api.post(`/admin/report-cases/${id}/actions`, { action: "confirm_counterfeit" }, admin))
      expect(missingNote.status).toBe(400)
      expect(missingNote.data.message).toContain("note")
      const before = await api.get(`/store/trace/${TEA.gtin}/${TEA.lot}/0003`, store)
      expect(before.data.scans.counterfeit_warning).toBe(false)

      const confirmed = (await api.post(`/admin/report-cases/${id}/actions`, { action: "confirm_counterfeit", note: "企业确认非本企业包装" }, admin)).data.report_case
      expect(confirmed.history).toEqual([expect.objectContaining({ kind: "confirm_counterfeit", target_id: confirmed.serial_id, note: "企业确认非本企业包装" })])
      const after = await api.get(`/store/trace/${TEA.gtin}/${TEA.lot}/0003`, store)
      expect(after.data.scans.counterfeit_warning).toBe(true)

      const noSerial = await expectFailure(api.post(`/admin/report-cases/${await newCase()}/actions`, { action: "confirm_counterfeit", note: "确认假冒" }, admin))
      expect(noSerial.status).toBe(400)
      expect(noSerial.data.message).toContain("no_serial")
    })

    it("refuse marketing staff every report-case route", async () => {
      const id = await newCase()
      const marketing = await marketingHeaders(api, getContainer())
      // One at a time: a request started before its failure is awaited would be an unhandled rejection.
      for (const call of [
        () => api.get("/admin/report-cases", marketing),
        () => api.get(`/admin/report-cases/${id}`, marketing),
        () => api.post(`/admin/report-cases/${id}/status`, { status: "investigating" }, marketing),
        () => api.post(`/admin/report-cases/${id}/actions`, { action: "unpublish_listing", note: "x" }, marketing),
      ]) {
        const refused = await expectFailure(call())
        expect([refused.status, refused.data.type]).toEqual([403, "not_allowed"])
      }
      const after = await detail(id)
      expect([after.status, after.history, after.product.status]).toEqual(["new", [], "published"])
    })
  })

  describe("enterprises", () => {
    it("see cases about their own products only, without the reporter's contact or photo", async () => {
      const id = await newCase()
      await api.post(`/admin/report-cases/${id}/status`, { status: "investigating", note: "内部备注：怀疑同行恶意举报" }, admin)
      const own = (await api.get("/enterprise/report-cases", await enterpriseLogin(TEA_LOGIN))).data
      expect(own.report_cases).toHaveLength(1)
      const seen = own.report_cases[0]
      expect(seen).toMatchObject({ id, status: "investigating", product: { id: productId }, history: [{ kind: "status_change", to_status: "investigating" }] })
      const text = JSON.stringify(own)
      for (const secret of ["13800138000", "contact", "photo", "内部备注"]) expect(text).not.toContain(secret)

      const other = (await api.get("/enterprise/report-cases", await enterpriseLogin(OTHER_ENTERPRISE_LOGIN))).data
      expect(other).toEqual({ report_cases: [], count: 0 })
    })
  })
})
