import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { gtinCheckDigit } from "@seleno/domain"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import type CertificationModuleService from "../../src/modules/certification/service"
import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import type EnterpriseModuleService from "../../src/modules/enterprise/service"
import { TRACEABILITY_MODULE } from "../../src/modules/traceability"
import type TraceabilityModuleService from "../../src/modules/traceability/service"
import { approvedEnterprise, issuerIdByName, teaCertificateBody, TINY_PDF, TINY_PNG, type Headers } from "../utils/enterprise"
import { expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_enterprise_certificates"

const PNG = TINY_PNG
const PDF = TINY_PDF
const EXE = Buffer.from("4d5a90000300000004000000ffff0000", "hex")

type File = { name: string; type: string; content: Buffer }

/** A multipart body with the files in field "files", as the portal's upload form sends it. */
function form(...files: File[]): FormData {
  const body = new FormData()
  for (const f of files) body.append("files", new Blob([new Uint8Array(f.content)], { type: f.type }), f.name)
  return body
}

let gtinSerial = 0
/** A valid GTIN-13 no other product in this suite uses. */
function freshGtin(): string {
  gtinSerial += 1
  const data = `69${String(Date.now() % 1e6).padStart(6, "0")}${String(gtinSerial).padStart(4, "0")}`
  return data + gtinCheckDigit(data)
}

seededSuite(DB_NAME, ({ api, getContainer, store }) => {
  type Portal = { enterpriseId: string; headers: Headers; admin: Headers; handle: string; productId: string; variantId: string }
  let a: Portal
  let b: Portal
  let issuerId: string

  const certification = () => getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const trace = () => getContainer().resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)

  /** An approved enterprise with one published product whose variant has a GTIN, linked to it as the portal would. */
  async function portal(email: string, title: string): Promise<Portal> {
    const approved = await approvedEnterprise(api, email)
    const enterprise = await getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).retrieveEnterprise(approved.enterpriseId)
    const [product] = await getContainer().resolve(Modules.PRODUCT).createProducts([
      {
        title,
        handle: `${enterprise.handle}-tea`,
        status: "published",
        options: [{ title: "规格", values: ["250g"] }],
        variants: [{ title: "250g", barcode: freshGtin(), options: { 规格: "250g" } }],
      },
    ])
    await getContainer().resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.PRODUCT]: { product_id: product!.id },
      [ENTERPRISE_MODULE]: { enterprise_id: approved.enterpriseId },
    })
    return { ...approved, handle: enterprise.handle, productId: product!.id, variantId: product!.variants[0]!.id }
  }

  const upload = async (who: Portal, file: File = { name: "report.pdf", type: "application/pdf", content: PDF }) =>
    (await api.post("/enterprise/uploads", form(file), who.headers)).data.files[0] as { id: string; url: string }

  let numbers = 0
  const certificateBody = (who: Portal, reportUrl: string, over: Record<string, unknown> = {}) => {
    numbers += 1
    return { ...teaCertificateBody({ number: `SE-2026-${String(numbers).padStart(4, "0")}`, productId: who.productId, reportUrl, issuerId }), ...over }
  }

  const batchBody = (who: Portal, lot: string, over: Record<string, unknown> = {}) => ({
    variant_id: who.variantId,
    lot,
    produced_on: "2026-10-01",
    quantity: 30,
    inspection_mg_per_kg: 1.1,
    ...over,
  })

  const storeCertification = async (productId: string) =>
    (await api.get(`/store/product-certifications?product_id=${productId}`, store)).data.certifications[0]

  beforeAll(async () => {
    a = await portal("certs-a@example.com", "甲合作社富硒绿茶")
    b = await portal("certs-b@example.com", "乙合作社富硒绿茶")
    issuerId = await issuerIdByName(api, a.headers)
  })

  describe("uploads", () => {
    it("stores a PNG and a PDF privately through the file module and remembers who uploaded them", async () => {
      const { status, data } = await api.post(
        "/enterprise/uploads",
        form({ name: "茶园.png", type: "image/png", content: PNG }, { name: "report.pdf", type: "application/pdf", content: PDF }),
        a.headers
      )
      expect(status).toBe(201)
      expect(data.files).toHaveLength(2)
      // The PNG was re-encoded, so its stored size is its own; documents answer a private path.
      expect(data.files[0]).toMatchObject({ filename: "茶园.png", mime_type: "image/png", size: expect.any(Number), url: `/enterprise/files/${data.files[0].id}` })
      const owned = await certification().listEnterpriseUploads({ enterprise_id: a.enterpriseId })
      expect(owned.map((u) => u.url)).toEqual(expect.arrayContaining(data.files.map((f: { url: string }) => f.url)))
      const png = owned.find((u) => u.id === data.files[0].id)!
      expect(png.file_id).toMatch(new RegExp(`^private-\\d+-${a.enterpriseId}-.*\\.png$`))
    })

    it("refuses executables, HTML, disguised content, fake PDFs and files over 5 MB by their bytes, storing nothing", async () => {
      const before = (await certification().listEnterpriseUploads({})).length
      const exe = await expectFailure(api.post("/enterprise/uploads", form({ name: "setup.exe", type: "application/x-msdownload", content: EXE }), a.headers))
      expect(exe.status).toBe(400)
      expect(exe.data).toMatchObject({ code: "file_type", params: { file: "setup.exe" } })
      expect(exe.data.message).toMatch(/"setup.exe" is not a PDF, a PNG, JPEG, WebP or GIF image, or an MP4 video; only JPEG, PNG, WebP images or PDF/)

      const html = await expectFailure(api.post("/enterprise/uploads", form({ name: "page.html", type: "text/html", content: Buffer.from("<script>") }), a.headers))
      expect(html.status).toBe(400)
      expect(html.data.message).toMatch(/"page.html" is not a PDF/)

      // The declared type is the client's word: an .exe sent as image/png is refused by its bytes.
      const disguised = await expectFailure(
        api.post("/enterprise/uploads", form({ name: "ok.png", type: "image/png", content: PNG }, { name: "photo.png", type: "image/png", content: EXE }), a.headers)
      )
      expect(disguised.status).toBe(400)
      expect(disguised.data.message).toMatch(/"photo.png" is not a PDF, a PNG/)

      // A 13-byte "PDF" is a header, not a report.
      const fake = await expectFailure(api.post("/enterprise/uploads", form({ name: "report.pdf", type: "application/pdf", content: Buffer.from("%PDF-1.4\nfake") }), a.headers))
      expect(fake.status).toBe(400)
      expect(fake.data).toMatchObject({ code: "file_not_pdf", params: { file: "report.pdf" } })
      expect(fake.data.message).toMatch(/"report.pdf" is not a complete PDF: only 13 bytes/)

      const big = Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)])
      const oversize = await expectFailure(api.post("/enterprise/uploads", form({ name: "huge.png", type: "image/png", content: big }), a.headers))
      expect(oversize.status).toBe(413)
      expect(oversize.data).toMatchObject({ field: "files", file: "huge.png" })
      expect(oversize.data.message).toMatch(/larger than 5 MB/)

      const six = Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.png`, type: "image/png", content: PNG }))
      const tooMany = await expectFailure(api.post("/enterprise/uploads", form(...six), a.headers))
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/at most 5 files/)

      const none = await expectFailure(api.post("/enterprise/uploads", form(), a.headers))
      expect(none.status).toBe(400)
      expect((await certification().listEnterpriseUploads({})).length).toBe(before)
    })

    it("types a real PDF by its bytes, whatever the browser declared", async () => {
      const { status, data } = await api.post("/enterprise/uploads", form({ name: "检测报告", type: "application/octet-stream", content: PDF }), a.headers)
      expect(status).toBe(201)
      expect(data.files[0]).toMatchObject({ mime_type: "application/pdf", size: PDF.length })
      const [stored] = await certification().listEnterpriseUploads({ id: data.files[0].id })
      expect(stored!.file_id).toMatch(/\.pdf$/)
    })

    it("is for signed-in enterprises only", async () => {
      const before = (await certification().listEnterpriseUploads({})).length
      const forged = await expectFailure(api.post("/enterprise/uploads", form({ name: "a.png", type: "image/png", content: PNG }), { headers: { authorization: "Bearer forged" } }))
      expect(forged.status).toBe(401)
      // Without any token: refused by authentication or, first, by the portal's CSRF guard (see ../../src/api/enterprise/cross-site.ts).
      const anonymous = await expectFailure(api.post("/enterprise/uploads", form({ name: "a.png", type: "image/png", content: PNG })))
      expect([401, 403]).toContain(anonymous.status)
      expect((await certification().listEnterpriseUploads({})).length).toBe(before)
    })
  })

  describe("certificates", () => {
    it("waits pending, is not shown in the store until approved, then gives the product its badge", async () => {
      const report = await upload(a)
      // The holder is the caller's enterprise; a body naming one is refused, not obeyed.
      const named = await expectFailure(api.post("/enterprise/certificates", certificateBody(a, report.url, { enterprise_id: b.enterpriseId }), a.headers))
      expect(named.status).toBe(400)
      expect(named.data.message).toMatch(/enterprise_id/)
      const { status, data } = await api.post("/enterprise/certificates", certificateBody(a, report.url), a.headers)
      expect(status).toBe(201)
      expect(data.certificate).toMatchObject({ review_status: "pending", status: "valid", test_report_url: report.url, product: { id: a.productId } })
      const id = data.certificate.id as string

      expect((await api.get(`/enterprise/certificates/${id}`, a.headers)).data.certificate.id).toBe(id)
      expect((await expectFailure(api.get(`/enterprise/certificates/${id}`, b.headers))).status).toBe(404)

      expect(await storeCertification(a.productId)).toMatchObject({ certified: false, reason: "no_certificate" })
      expect((await api.get("/store/certified-products", store)).data.product_ids).not.toContain(a.productId)
      const page = await api.get(`/store/enterprises/${a.handle}`, store)
      expect(page.data.enterprise.certificates).toEqual([])

      // Staff find what waits for review, with the report to check.
      const queue = await api.get("/admin/certificates?review_status=pending", a.admin)
      expect(queue.data.certificates).toEqual([expect.objectContaining({ id, test_report_url: report.url, enterprise: expect.objectContaining({ id: a.enterpriseId }) })])

      const noNote = await expectFailure(api.post(`/admin/certificates/${id}/review`, { decision: "reject" }, a.admin))
      expect(noNote.status).toBe(400)
      expect(noNote.data.message).toMatch(/note/)
      expect((await certification().retrieveCertificate(id)).review_status).toBe("pending")

      const approved = await api.post(`/admin/certificates/${id}/review`, { decision: "approve" }, a.admin)
      expect(approved.data.certificate).toMatchObject({ review_status: "approved", status: "valid" })
      expect(await storeCertification(a.productId)).toMatchObject({ certified: true, reason: "certified", certificate: { id } })
      expect((await api.get("/store/certified-products", store)).data.product_ids).toContain(a.productId)
      expect((await api.get(`/store/enterprises/${a.handle}`, store)).data.enterprise.certificates).toHaveLength(1)

      const again = await expectFailure(api.post(`/admin/certificates/${id}/review`, { decision: "reject", note: "重复" }, a.admin))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/already approved/)

      const list = await api.get("/enterprise/certificates", a.headers)
      expect(list.data.certificates.map((c: { id: string }) => c.id)).toEqual([id])
      expect((await api.get("/enterprise/certificates", b.headers)).data.certificates).toEqual([])
    })

    it("lets anyone open the test report of an approved certificate in force, and no other", async () => {
      const c = await portal("certs-c@example.com", "丙合作社富硒绿茶")
      const report = await upload(c, { name: "检测报告.pdf", type: "application/pdf", content: PDF })
      const { data } = await api.post("/enterprise/certificates", certificateBody(c, report.url), c.headers)
      const id = data.certificate.id as string
      const reportPath = `/store/certificates/${id}/report`
      const pending = await expectFailure(api.get(reportPath, store))
      expect(pending.status).toBe(404)
      expect(pending.data.message).toMatch(/only reports of approved certificates in force are public/)

      await api.post(`/admin/certificates/${id}/review`, { decision: "approve" }, c.admin)
      const shown = await storeCertification(c.productId)
      expect(shown).toMatchObject({ certified: true, certificate: { id, has_public_report: true } })
      expect(shown.certificate).not.toHaveProperty("test_report_url")
      const opened = await api.get(reportPath, { ...store, responseType: "arraybuffer" })
      expect(Buffer.from(opened.data).equals(PDF)).toBe(true)
      expect(opened.headers).toMatchObject({ "content-type": "application/pdf", "cache-control": "private, no-store", "x-content-type-options": "nosniff" })
      expect(opened.headers["content-disposition"]).toMatch(/^attachment; .*filename\*=UTF-8''SE-2026-/)
      // An upload id is not a certificate id: licences and other uploads are never reachable here.
      expect((await expectFailure(api.get(`/store/certificates/${report.id}/report`, store))).status).toBe(404)

      await api.post(`/admin/certificates/${id}/revoke`, {}, c.admin)
      expect((await expectFailure(api.get(reportPath, store))).status).toBe(404)
      expect((await storeCertification(c.productId)).certificate).toMatchObject({ id, status: "revoked", has_public_report: false })
    })

    it("a rejected certificate carries the note for the enterprise and never counts", async () => {
      const report = await upload(b)
      const { data } = await api.post("/enterprise/certificates", certificateBody(b, report.url), b.headers)
      const rejected = await api.post(`/admin/certificates/${data.certificate.id}/review`, { decision: "reject", note: "检测报告缺少检验机构盖章" }, b.admin)
      expect(rejected.data.certificate).toMatchObject({ review_status: "rejected", review_note: "检测报告缺少检验机构盖章" })
      const mine = await api.get(`/enterprise/certificates/${data.certificate.id}`, b.headers)
      expect(mine.data.certificate).toMatchObject({ review_status: "rejected", review_note: "检测报告缺少检验机构盖章" })
      expect(await storeCertification(b.productId)).toMatchObject({ certified: false, reason: "no_certificate" })

      // Sent again with a stamped report, the same certificate replaces the rejected one and waits again.
      const stamped = await upload(b)
      const again = await api.post("/enterprise/certificates", { ...certificateBody(b, stamped.url), number: data.certificate.number }, b.headers)
      expect(again.data.certificate).toMatchObject({ number: data.certificate.number, review_status: "pending", test_report_url: stamped.url })
      expect((await api.get("/enterprise/certificates", b.headers)).data.certificates.map((c: { id: string }) => c.id)).toEqual([again.data.certificate.id])
      expect((await expectFailure(api.get(`/enterprise/certificates/${data.certificate.id}`, b.headers))).status).toBe(404)
      // A pending one is not replaced: the number is taken until staff decide.
      const twice = await expectFailure(api.post("/enterprise/certificates", { ...certificateBody(b, stamped.url), number: data.certificate.number }, b.headers))
      expect(twice.status).toBeLessThan(500)
      expect(twice.data.message).toMatch(/already issued a certificate numbered/)
    })

    it("keeps staff-entered and seeded certificates approved", async () => {
      const seeded = await certification().listCertificates({})
      expect(seeded.length).toBeGreaterThan(0)
      expect(seeded.every((c) => c.review_status === "approved")).toBe(true)
    })

    it("refuses bad input with the field and saves nothing", async () => {
      const before = (await certification().listCertificates({})).length
      const report = await upload(a)
      const noReport = await expectFailure(api.post("/enterprise/certificates", certificateBody(a, ""), a.headers))
      expect(noReport.status).toBe(400)
      expect(noReport.data.message).toMatch(/test_report_url/)
      const badStandard = await expectFailure(api.post("/enterprise/certificates", certificateBody(a, report.url, { standard_code: "GB/T 0000" }), a.headers))
      expect(badStandard.status).toBe(400)
      expect(badStandard.data.message).toMatch(/standard_code/)
      const notAnUpload = await expectFailure(api.post("/enterprise/certificates", certificateBody(a, "https://example.com/report.pdf"), a.headers))
      expect(notAnUpload.status).toBe(404)
      expect(notAnUpload.data.message).toMatch(/test_report_url/)
      expect((await certification().listCertificates({})).length).toBe(before)
    })

    it("refuses a value outside the standard's range, an issuer outside the register and a category without thresholds, with a code the portal translates", async () => {
      const before = (await certification().listCertificates({})).length
      const report = await upload(a)
      const high = await expectFailure(api.post("/enterprise/certificates", certificateBody(a, report.url, { measured_mg_per_kg: 9.5 }), a.headers))
      expect(high.status).toBe(400)
      expect(high.data).toMatchObject({
        code: "measured_outside_range",
        message: "9.5 mg/kg is outside NY/T 600-2002's range for tea (0.25–4.00 mg/kg)",
        params: { measured: 9.5, standard: "NY/T 600-2002", category: "tea", range: "0.25–4.00" },
      })

      const unknown = await expectFailure(api.post("/enterprise/certificates", certificateBody(a, report.url, { issuer_id: "iss_not_registered" }), a.headers))
      expect(unknown.status).toBe(400)
      expect(unknown.data).toMatchObject({ code: "unknown_issuer", params: { issuer: "iss_not_registered" } })
      expect(unknown.data.message).toMatch(/issuer_id "iss_not_registered" is not in the register of accredited issuers/)
      // The free-text issuer of old is no longer a field.
      const freeText = await expectFailure(api.post("/enterprise/certificates", { ...certificateBody(a, report.url), issuer: "随便写的检测机构" }, a.headers))
      expect(freeText.status).toBe(400)

      const noRange = await expectFailure(
        api.post("/enterprise/certificates", certificateBody(a, report.url, { standard_code: "DB61/T 556-2018", category: "farm_product", measured_mg_per_kg: 0.3 }), a.headers)
      )
      expect(noRange.status).toBe(400)
      expect(noRange.data).toMatchObject({ code: "category_without_range", params: { standard: "DB61/T 556-2018", category: "farm_product" } })
      expect(noRange.data.message).toMatch(/"farm_product" has no thresholds entered for DB61\/T 556-2018/)
      expect((await certification().listCertificates({})).length).toBe(before)
    })

    it("checks the range and the issuer again on approval, as staff may have changed the registers since", async () => {
      const report = await upload(a)
      const { data } = await api.post("/enterprise/certificates", certificateBody(a, report.url, { measured_mg_per_kg: 1.1 }), a.headers)
      const id = data.certificate.id as string
      const standards = (await api.get("/admin/standards", a.admin)).data.standards as { id: string; code: string }[]
      const nyt600 = standards.find((s) => s.code === "NY/T 600-2002")!
      await api.post(`/admin/standards/${nyt600.id}/ranges`, { category: "tea", min_mg_per_kg: 1.5, max_mg_per_kg: 4 }, a.admin)

      const refused = await expectFailure(api.post(`/admin/certificates/${id}/review`, { decision: "approve" }, a.admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("1.1 mg/kg is outside NY/T 600-2002's range for tea (1.50–4.00 mg/kg)")
      expect((await certification().retrieveCertificate(id)).review_status).toBe("pending")

      await api.post(`/admin/standards/${nyt600.id}/ranges`, { category: "tea", min_mg_per_kg: 0.25, max_mg_per_kg: 4 }, a.admin)
      await api.post(`/admin/issuers/${issuerId}`, { active: false }, a.admin)
      const inactive = await expectFailure(api.post(`/admin/certificates/${id}/review`, { decision: "approve" }, a.admin))
      expect(inactive.data).toMatchObject({ code: "issuer_inactive", params: { issuer: "安康市富硒产品质量检验中心" } })
      // An inactive issuer is not offered to enterprises either.
      expect((await api.get("/enterprise/issuers", a.headers)).data.issuers.map((i: { id: string }) => i.id)).not.toContain(issuerId)
      await api.post(`/admin/issuers/${issuerId}`, { active: true }, a.admin)
      expect((await api.post(`/admin/certificates/${id}/review`, { decision: "approve" }, a.admin)).data.certificate.review_status).toBe("approved")
    })

    it("lists the standards with entered ranges and the active issuers for the portal's form", async () => {
      const { data: standards } = await api.get("/enterprise/standards", a.headers)
      const db61 = (standards.standards as { code: string; ranges: { category: string; min_mg_per_kg: number; max_mg_per_kg: number | null }[] }[]).find((s) => s.code === "DB61/T 556-2018")!
      expect(db61.ranges.map((r) => r.category).sort()).toEqual(["condiment", "edible_oil", "grain_product", "tea"])
      expect(db61.ranges.every((r) => r.max_mg_per_kg === null)).toBe(true)
      const { data: issuers } = await api.get("/enterprise/issuers", a.headers)
      expect(issuers.issuers).toEqual(expect.arrayContaining([expect.objectContaining({ name: "安康市富硒产品质量检验中心", cma_number: expect.stringMatching(/^\d{12}$/) })]))
    })

    it("shows shoppers the standard's edition and the issuer's accreditation, never a business licence or the (private) test report", async () => {
      const licence = await upload(a)
      expect((await api.post("/enterprise/me", { licence_file_url: licence.url }, a.headers)).status).toBe(200)
      const report = await upload(a)
      const { data } = await api.post("/enterprise/certificates", certificateBody(a, report.url), a.headers)
      await api.post(`/admin/certificates/${data.certificate.id}/review`, { decision: "approve" }, a.admin)

      const certification = await storeCertification(a.productId)
      expect(certification).toMatchObject({
        certified: true,
        certificate: {
          issuer: "安康市富硒产品质量检验中心",
          issuer_accreditation: { name: "安康市富硒产品质量检验中心", cma_number: expect.stringMatching(/^\d{12}$/) },
          standard: { code: "NY/T 600-2002", edition: "2002", range: { min_mg_per_kg: 0.25, max_mg_per_kg: 4 } },
        },
      })
      const bodies = [
        certification,
        (await api.get(`/store/enterprises/${a.handle}`, store)).data,
        (await api.get("/store/certified-products", store)).data,
      ]
      expect(certification.certificate).not.toHaveProperty("test_report_url")
      for (const body of bodies) {
        expect(JSON.stringify(body)).not.toContain(licence.url)
        expect(JSON.stringify(body)).not.toContain(report.url)
      }
    })
  })

  describe("trace batches", () => {
    it("opens a batch of its own variant, records an event and prints its labels", async () => {
      const named = await expectFailure(api.post("/enterprise/trace-batches", batchBody(a, "EA-001", { enterprise_id: b.enterpriseId }), a.headers))
      expect(named.status).toBe(400)
      expect(named.data.message).toMatch(/enterprise_id/)
      const { status, data } = await api.post("/enterprise/trace-batches", batchBody(a, "EA-001"), a.headers)
      expect(status).toBe(201)
      const id = data.trace_batch.id as string
      const event = await api.post(`/enterprise/trace-batches/${id}/events`, { type: "harvested", occurred_at: "2026-09-30T07:00:00+08:00", place: "甲合作社茶园" }, a.headers)
      expect(event.status).toBe(201)

      const detail = await api.get(`/enterprise/trace-batches/${id}`, a.headers)
      expect(detail.data.trace_batch).toMatchObject({ lot: "EA-001", serial_count: 30, enterprise: { id: a.enterpriseId }, variant: { id: a.variantId } })
      expect(detail.data.trace_batch.events.map((e: { type: string }) => e.type)).toEqual(["harvested"])
      const labels = await api.get(`/enterprise/trace-batches/${id}/labels`, a.headers)
      expect(labels.headers["content-type"]).toMatch(/image\/svg\+xml/)
      expect(labels.headers["x-label-pages"]).toBe("2")
      expect(labels.data).toContain("-EA-001-0001")

      const list = await api.get("/enterprise/trace-batches", a.headers)
      expect(list.data.trace_batches.map((t: { id: string }) => t.id)).toEqual([id])
    })

    it("refuses another enterprise's variant and bad input, creating nothing", async () => {
      const before = (await trace().listTraceBatches({})).length
      const foreign = await expectFailure(api.post("/enterprise/trace-batches", batchBody(a, "EA-002", { variant_id: b.variantId }), a.headers))
      expect(foreign.status).toBe(404)
      expect(foreign.data.message).toMatch(/variant_id .* is not a variant of your enterprise's products/)
      const badLot = await expectFailure(api.post("/enterprise/trace-batches", batchBody(a, "EA 002/x"), a.headers))
      expect(badLot.status).toBe(400)
      expect(badLot.data.message).toMatch(/lot must be/)
      expect((await trace().listTraceBatches({})).length).toBe(before)
    })
  })

  it("isolation: enterprise A with B's certificate, batch, product and file gets 404 and B's data is unchanged", async () => {
    const bReport = await upload(b)
    const bCert = (await api.post("/enterprise/certificates", certificateBody(b, bReport.url), b.headers)).data.certificate
    const bBatch = (await api.post("/enterprise/trace-batches", batchBody(b, "EB-001"), b.headers)).data.trace_batch
    await api.post(`/enterprise/trace-batches/${bBatch.id}/events`, { type: "harvested", occurred_at: "2026-09-30", place: "乙合作社茶园" }, b.headers)
    const snapshot = async () => ({
      certificate: await certification().retrieveCertificate(bCert.id),
      events: (await trace().listTraceEvents({ batch_id: bBatch.id })).length,
      certificates: (await certification().listCertificates({})).length,
      batches: (await trace().listTraceBatches({})).length,
    })
    const before = await snapshot()
    const aReport = await upload(a)

    // One at a time, so a write that wrongly succeeded could not be hidden by another's failure.
    const attempts: [string, () => Promise<unknown>][] = [
      ["GET certificate", () => api.get(`/enterprise/certificates/${bCert.id}`, a.headers)],
      ["GET batch", () => api.get(`/enterprise/trace-batches/${bBatch.id}`, a.headers)],
      ["POST batch event", () => api.post(`/enterprise/trace-batches/${bBatch.id}/events`, { type: "shipped", occurred_at: "2026-10-02", place: "安康" }, a.headers)],
      ["GET labels", () => api.get(`/enterprise/trace-batches/${bBatch.id}/labels`, a.headers)],
      ["POST certificate with B's file", () => api.post("/enterprise/certificates", certificateBody(a, bReport.url), a.headers)],
      ["POST certificate for B's product", () => api.post("/enterprise/certificates", certificateBody(a, aReport.url, { product_id: b.productId }), a.headers)],
      ["POST batch of B's variant", () => api.post("/enterprise/trace-batches", batchBody(a, "EA-009", { variant_id: b.variantId }), a.headers)],
    ]
    for (const [name, attempt] of attempts) {
      const failure = await expectFailure(attempt())
      expect({ name, status: failure.status }).toEqual({ name, status: 404 })
    }
    const lists = [
      (await api.get("/enterprise/certificates", a.headers)).data.certificates,
      (await api.get("/enterprise/trace-batches", a.headers)).data.trace_batches,
    ].flat() as { id: string }[]
    expect(lists.map((x) => x.id)).not.toContain(bCert.id)
    expect(lists.map((x) => x.id)).not.toContain(bBatch.id)
    expect(await snapshot()).toEqual(before)
  })
})
