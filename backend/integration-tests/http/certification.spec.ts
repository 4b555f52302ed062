import { Modules } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import type EnterpriseModuleService from "../../src/modules/enterprise/service"
import type CertificationModuleService from "../../src/modules/certification/service"
import certificateExpiryJob from "../../src/jobs/certificate-expiry"
import { EXPIRED_CERTIFICATE_PRODUCT, seedCertificates } from "../../src/seed/seed-certificates"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_certification"

seededSuite(DB_NAME, ({ api, getContainer, store }) => {
  let ids: Record<string, string>

  beforeAll(async () => {
    const products = await getContainer().resolve(Modules.PRODUCT).listProducts({}, { select: ["id", "handle"] })
    ids = Object.fromEntries(products.map((p) => [p.handle, p.id]))
  })

  const certificationOf = async (handle: string) => {
    const { data } = await api.get(`/store/product-certifications?product_id=${ids[handle]}`, store)
    return data.certifications[0]
  }

  it("certifies a product whose certificate is in force and inside its standard", async () => {
    const result = await certificationOf("ziyang-maojian-green-tea")
    expect(result).toMatchObject({ certified: true, reason: "certified" })
    expect(result.certificate).toMatchObject({
      standard_code: "NY/T 600-2002",
      measured_mg_per_kg: 1.2,
      status: "valid",
      issuer: "安康市富硒产品质量检验中心",
      // Demo data: the seeded issuers' CMA numbers are made up (see src/seed/standards-data.ts).
      issuer_accreditation: { name: "安康市富硒产品质量检验中心", cma_number: "221627110381", cnas_number: null },
      standard: { code: "NY/T 600-2002", edition: "2002", name: { zh: "富硒茶" }, range: { min_mg_per_kg: 0.25, max_mg_per_kg: 4 } },
    })
    // The test report is private: shoppers never get its reference.
    expect(result.certificate).not.toHaveProperty("test_report_url")
  })

  it("shows no badge for an expired certificate or a product without one", async () => {
    expect(await certificationOf(EXPIRED_CERTIFICATE_PRODUCT)).toMatchObject({ certified: false, reason: "certificate_expired", certificate: { status: "expired" } })
    expect(await certificationOf("gannan-navel-orange")).toMatchObject({ certified: false, reason: "no_certificate", certificate: null })
  })

  it("seeds certificates for exactly the teas, the two rices and the konjac noodles, each inside its standard's range", async () => {
    const certified = (await api.get("/store/certified-products", store)).data.product_ids as string[]
    const handles = Object.entries(ids).filter(([, id]) => certified.includes(id)).map(([handle]) => handle).sort()
    expect(handles).toEqual(
      [
        "ankang-selenium-black-tea", "enshi-green-brick-tea", "enshi-yulu-tea", "gannan-selenium-rice", "hanyin-selenium-rice",
        "langao-konjac-noodles", "pingli-nvwa-tea", "shangyou-alpine-tea", "ziyang-cuifeng-tea", "ziyang-maojian-green-tea",
      ].sort()
    )
    expect(await certificationOf("langao-konjac-noodles")).toMatchObject({
      certificate: { standard_code: "DB61/T 556-2018", category: "grain_product", measured_mg_per_kg: 0.18, standard: { range: { min_mg_per_kg: 0.15, max_mg_per_kg: null } } },
    })
    expect((await certificationOf("enshi-yulu-tea")).certificate).toMatchObject({ standard_code: "DBS42/002-2021", issuer: "恩施州富硒产品检测中心" })
    const all = await getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).listCertificates({})
    expect(all).toHaveLength(11)
    expect(all.every((c) => c.issued_by_id)).toBe(true)
  })

  it("seeds the standards once, with DB61/T 556-2018's Table 1 categories and no invented range", async () => {
    expect(await seedCertificates(getContainer())).toEqual({ created: 0 })
    const { data } = await api.get("/admin/standards", await adminHeaders(api))
    const standards = data.standards as { code: string; edition: string; ranges: Record<string, unknown>[] }[]
    expect(standards.map((s) => s.code)).toEqual(["DB61/T 556-2018", "DBS42/002-2021", "GB/T 22499-2008", "GH/T 1135-2017", "NY/T 600-2002"])
    const db61 = standards.find((s) => s.code === "DB61/T 556-2018")!
    expect(db61.ranges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ category: "tea", min_mg_per_kg: 0.15, max_mg_per_kg: null, containing_min_mg_per_kg: 0.075, containing_max_mg_per_kg: 0.14 }),
        expect.objectContaining({ category: "grain_product", min_mg_per_kg: 0.15, max_mg_per_kg: null }),
        expect.objectContaining({ category: "edible_oil", min_mg_per_kg: 0.075, containing_min_mg_per_kg: 0.04, containing_max_mg_per_kg: 0.07 }),
        expect.objectContaining({ category: "condiment", min_mg_per_kg: 0.075 }),
      ])
    )
    expect(db61.ranges).toHaveLength(4)
    expect(standards.find((s) => s.code === "GH/T 1135-2017")!.ranges.map((r) => [r.category, r.min_mg_per_kg, r.max_mg_per_kg])).toEqual(
      expect.arrayContaining([["cereal", 0.1, 0.5], ["tea", 0.25, 4]])
    )
    const issuers = (await api.get("/admin/issuers", await adminHeaders(api))).data.issuers
    expect(issuers).toHaveLength(3)
  })

  it("drops the badge at once when the enterprise is suspended or the certificate revoked", async () => {
    const enterprises = getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    const [tea] = await enterprises.listEnterprises({ handle: "ziyang-selenium-tea-co" })
    await enterprises.updateEnterprises({ id: tea!.id, status: "suspended" })
    expect((await certificationOf("ziyang-cuifeng-tea")).reason).toBe("enterprise_not_in_good_standing")

    const rice = await certificationOf("hanyin-selenium-rice")
    expect(rice.certified).toBe(true)
    await getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).updateCertificates({ id: rice.certificate.id, revoked_at: new Date() })
    expect(await certificationOf("hanyin-selenium-rice")).toMatchObject({ certified: false, reason: "certificate_revoked" })
  })

  it("answers several products at once and leaves unknown ones out", async () => {
    const query = ["langao-konjac-noodles", "enshi-yulu-tea"].map((h) => `product_id=${ids[h]}`).join("&")
    const { data } = await api.get(`/store/product-certifications?${query}&product_id=prod_unknown`, store)
    expect(data.certifications.map((c: { product_id: string }) => c.product_id).sort()).toEqual([ids["langao-konjac-noodles"], ids["enshi-yulu-tea"]].sort())
    expect(data.certifications.every((c: { certified: boolean }) => c.certified)).toBe(true)
  })

  it("lists the products certified now, and drops one the moment its certificate is revoked", async () => {
    const certified = async () => (await api.get("/store/certified-products", store)).data.product_ids as string[]
    const before = await certified()
    expect(before).toEqual(expect.arrayContaining([ids["ziyang-maojian-green-tea"], ids["hanyin-selenium-rice"]]))
    expect(before).not.toContain(ids[EXPIRED_CERTIFICATE_PRODUCT])
    expect(before).not.toContain(ids["gannan-navel-orange"])
    const rice = await certificationOf("hanyin-selenium-rice")
    await api.post(`/admin/certificates/${rice.certificate.id}/revoke`, {}, await adminHeaders(api))
    const after = await certified()
    expect(after).not.toContain(ids["hanyin-selenium-rice"])
    expect(after.length).toBe(before.length - 1)
  })

  it("refuses a request without product ids or with too many, saying why", async () => {
    const none = await expectFailure(api.get("/store/product-certifications", store))
    expect(none.status).toBe(400)
    expect(none.data.message).toMatch(/product_id/)
    const many = Array.from({ length: 101 }, (_, i) => `product_id=p${i}`).join("&")
    const tooMany = await expectFailure(api.get(`/store/product-certifications?${many}`, store))
    expect(tooMany.status).toBe(400)
    expect(tooMany.data.message).toMatch(/product_id.*at most.*100/)
  })

  it("the daily job reports expiring and expired certificates once a day through the notification module", async () => {
    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    const sent = async (template: string) => (await notifications.listNotifications({ template })).length

    await certificateExpiryJob(getContainer(), new Date("2026-11-22T00:00:00Z"))
    expect(await sent("certificate-expiring")).toBe(0)
    expect(await sent("certificate-expired")).toBe(1)
    const [expired] = await notifications.listNotifications({ template: "certificate-expired" })
    expect(expired!.data).toMatchObject({ status: "expired", products: [{ handle: EXPIRED_CERTIFICATE_PRODUCT }], enterprise: { handle: "lichuan-red-tea-co" } })

    await certificateExpiryJob(getContainer(), new Date("2027-12-10T00:00:00Z"))
    const certificates = await getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).listCertificates({})
    expect(await sent("certificate-expiring")).toBe(certificates.length - 1)
    expect(await sent("certificate-expired")).toBe(2)

    await certificateExpiryJob(getContainer(), new Date("2027-12-10T06:00:00Z"))
    expect(await sent("certificate-expiring")).toBe(certificates.length - 1)
  })

  describe("admin certificates", () => {
    const issuerId = async (name: string) => {
      const [issuer] = await getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).listIssuers({ name })
      return issuer!.id
    }
    /** A new rice certificate for Hanyin's rice, under GB/T 22499-2008 (0.04–0.30 mg/kg). */
    const rice = async () => {
      const [mill] = await getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises({ handle: "hanyin-fengyan-rice" })
      return {
        number: "AKSE-2026-9001",
        issuer_id: await issuerId("安康市富硒产品质量检验中心"),
        subject: "product",
        standard_code: "GB/T 22499-2008",
        category: "rice",
        measured_mg_per_kg: 0.09,
        valid_from: "2026-01-01",
        valid_until: "2028-01-01",
        enterprise_id: mill!.id,
        product_id: ids["hanyin-selenium-rice"],
      }
    }

    it("records a certificate that gives its product the badge, and revoking it takes the badge away", async () => {
      const admin = await adminHeaders(api)
      const seeded = await certificationOf("hanyin-selenium-rice")
      await api.post(`/admin/certificates/${seeded.certificate.id}/revoke`, {}, admin)
      expect((await certificationOf("hanyin-selenium-rice")).certified).toBe(false)
      const { status, data } = await api.post("/admin/certificates", await rice(), admin)
      expect(status).toBe(201)
      expect(data.certificate).toMatchObject({ status: "valid", issuer: "安康市富硒产品质量检验中心", issued_by_id: expect.stringMatching(/^iss_/) })
      expect(await certificationOf("hanyin-selenium-rice")).toMatchObject({ certified: true, certificate: { number: "AKSE-2026-9001" } })
      await api.post(`/admin/certificates/${data.certificate.id}/revoke`, {}, admin)
      expect((await certificationOf("hanyin-selenium-rice")).reason).toBe("certificate_revoked")
    })

    it("refuses bad certificates with the field and reason, the range in the message, creating nothing", async () => {
      const admin = await adminHeaders(api)
      const body = await rice()
      const before = (await api.get("/admin/certificates", admin)).data.count
      const enshi = await issuerId("恩施州富硒产品检测中心")
      const cases: [Record<string, unknown>, number, RegExp][] = [
        [{ measured_mg_per_kg: 0.5 }, 400, /^0.5 mg\/kg is outside GB\/T 22499-2008's range for rice \(milled paddy\) \(0.04–0.30 mg\/kg\)$/],
        [{ standard_code: "NY/T 600-2002", category: "tea", measured_mg_per_kg: 9.5 }, 400, /^9.5 mg\/kg is outside NY\/T 600-2002's range for tea \(0.25–4.00 mg\/kg\)$/],
        [{ standard_code: "XX/T 1-2000" }, 400, /standard_code "XX\/T 1-2000" is not a selenium standard in the register/],
        // Eggs: DB61/T 556-2018 has no entered thresholds for farm products, so nothing is assumed.
        [{ standard_code: "DB61/T 556-2018", category: "farm_product", product_id: ids["gannan-free-range-eggs"] }, 400, /category "farm_product" has no thresholds entered for DB61\/T 556-2018/],
        [{ standard_code: "NY/T 600-2002", category: "rice" }, 400, /category "rice" has no thresholds entered for NY\/T 600-2002 \(it covers tea\)/],
        [{ issuer_id: "iss_unknown" }, 400, /issuer_id "iss_unknown" is not in the register/],
        [{ issuer_id: enshi }, 400, /恩施州富硒产品检测中心's accreditation does not cover rice \(milled paddy\) under GB\/T 22499-2008/],
        [{ issuer: "安康市富硒产品质量检验中心", issuer_id: undefined }, 400, /issuer/],
        [{ valid_until: "2025-01-01" }, 400, /valid_until must be after valid_from/],
        [{ measured_mg_per_kg: -1 }, 400, /measured_mg_per_kg/],
        [{ measured_mg_per_kg: undefined }, 400, /measured_mg_per_kg/],
        [{ number: undefined }, 400, /number/],
        [{ enterprise_id: "ent_missing" }, 404, /ent_missing/],
      ]
      for (const [change, status, message] of cases) {
        const failure = await expectFailure(api.post("/admin/certificates", { ...body, ...change }, admin))
        expect([change, failure.status, failure.data.message]).toEqual([change, status, expect.stringMatching(message)])
      }
      const outside = await expectFailure(api.post("/admin/certificates", { ...body, measured_mg_per_kg: 0.5 }, admin))
      expect(outside.data).toMatchObject({ code: "measured_outside_range", params: { measured: 0.5, standard: "GB/T 22499-2008", category: "rice", range: "0.04–0.30" } })
      await api.post("/admin/certificates", body, admin)
      const duplicate = await expectFailure(api.post("/admin/certificates", body, admin))
      expect(duplicate.status).toBe(422)
      expect(duplicate.data.message).toContain("already issued a certificate numbered AKSE-2026-9001")
      expect((await api.get("/admin/certificates", admin)).data.count).toBe(before + 1)
    })

    it("is closed to callers without an admin login", async () => {
      expect((await expectFailure(api.post("/admin/certificates", await rice()))).status).toBe(401)
      expect((await expectFailure(api.post("/admin/standards", { code: "X" }))).status).toBe(401)
      expect((await expectFailure(api.post("/admin/issuers", { name: "X" }))).status).toBe(401)
    })
  })

  describe("standards register", () => {
    const body = {
      code: "GB/T 22499-2025",
      edition: "2025",
      name_zh: "富硒稻谷",
      name_en: "Selenium-rich paddy",
      source: "GB/T 22499-2025 as published (test entry)",
      ranges: [{ category: "rice", min_mg_per_kg: 0.04, max_mg_per_kg: 0.3 }],
    }

    it("lets staff add a standard, correct it and enter a category's range, which certificates then meet", async () => {
      const admin = await adminHeaders(api)
      const { status, data } = await api.post("/admin/standards", body, admin)
      expect(status).toBe(201)
      expect(data.standard).toMatchObject({ code: "GB/T 22499-2025", edition: "2025", note: null, ranges: [{ category: "rice", min_mg_per_kg: 0.04, max_mg_per_kg: 0.3 }] })
      const id = data.standard.id as string
      const edited = await api.post(`/admin/standards/${id}`, { note: "Replaces GB/T 22499-2008 from 2026-07-01" }, admin)
      expect(edited.data.standard.note).toBe("Replaces GB/T 22499-2008 from 2026-07-01")
      const ranged = await api.post(`/admin/standards/${id}/ranges`, { category: "rice", min_mg_per_kg: 0.05, max_mg_per_kg: 0.35 }, admin)
      expect(ranged.data.standard.ranges).toEqual([expect.objectContaining({ category: "rice", min_mg_per_kg: 0.05, max_mg_per_kg: 0.35 })])
      const withCereal = await api.post(`/admin/standards/${id}/ranges`, { category: "cereal", min_mg_per_kg: 0.1, max_mg_per_kg: null }, admin)
      expect(withCereal.data.standard.ranges).toHaveLength(2)
      expect((await api.get(`/admin/standards/${id}`, admin)).data.standard.code).toBe("GB/T 22499-2025")
    })

    it("refuses a duplicate code and ranges that are negative, inverted or repeated", async () => {
      const admin = await adminHeaders(api)
      const before = (await api.get("/admin/standards", admin)).data.count
      const cases: [Record<string, unknown>, number, RegExp][] = [
        [{ code: "NY/T 600-2002" }, 422, /NY\/T 600-2002 is already in the register/],
        [{ ranges: [{ category: "rice", min_mg_per_kg: -0.1, max_mg_per_kg: null }] }, 400, /min_mg_per_kg.*at least: '0'/],
        [{ ranges: [{ category: "rice", min_mg_per_kg: 0.3, max_mg_per_kg: 0.3 }] }, 400, /max_mg_per_kg \(0.3\) must be greater than min_mg_per_kg \(0.3\)/],
        [{ ranges: [{ category: "rice", min_mg_per_kg: 0.04, max_mg_per_kg: 0.3 }, { category: "rice", min_mg_per_kg: 0.05, max_mg_per_kg: 0.3 }] }, 400, /rice is given twice/],
        [{ ranges: [{ category: "food", min_mg_per_kg: 0.01 }] }, 400, /category/],
        [{ source: undefined }, 400, /source/],
      ]
      for (const [change, status, message] of cases) {
        const failure = await expectFailure(api.post("/admin/standards", { ...body, ...change }, admin))
        expect([change, failure.status, failure.data.message]).toEqual([change, status, expect.stringMatching(message)])
      }
      expect((await api.get("/admin/standards", admin)).data.count).toBe(before)
      const nyt = (await api.get("/admin/standards", admin)).data.standards.find((s: { code: string }) => s.code === "NY/T 600-2002")
      const tier = await expectFailure(
        api.post(`/admin/standards/${nyt.id}/ranges`, { category: "tea", min_mg_per_kg: 0.25, max_mg_per_kg: 4, containing_min_mg_per_kg: 0.1, containing_max_mg_per_kg: 0.3 }, admin)
      )
      expect(tier.status).toBe(400)
      expect(tier.data.message).toMatch(/below the 富硒 minimum/)
      expect((await expectFailure(api.post("/admin/standards/sstd_missing/ranges", { category: "tea", min_mg_per_kg: 0.2, max_mg_per_kg: null }, admin))).status).toBe(404)
    })
  })

  describe("issuer register", () => {
    it("lets staff add an accredited body, correct its scope and deactivate it, after which it can issue nothing", async () => {
      const admin = await adminHeaders(api)
      const { status, data } = await api.post(
        "/admin/issuers",
        { name: "汉中市农产品检测中心", cma_number: "241627990001", scope_categories: ["rice"], scope_standard_codes: ["GB/T 22499-2008"] },
        admin
      )
      expect(status).toBe(201)
      expect(data.issuer).toMatchObject({ name: "汉中市农产品检测中心", cma_number: "241627990001", cnas_number: null, active: true, scope_categories: ["rice"] })
      const id = data.issuer.id as string
      const revised = await api.post(`/admin/issuers/${id}`, { cnas_number: "CNAS L1234", scope_categories: ["rice", "tea"] }, admin)
      expect(revised.data.issuer).toMatchObject({ cnas_number: "CNAS L1234", scope_categories: ["rice", "tea"] })
      expect((await api.get("/admin/issuers", admin)).data.issuers.map((i: { name: string }) => i.name)).toContain("汉中市农产品检测中心")

      const [mill] = await getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises({ handle: "hanyin-fengyan-rice" })
      const certificate = {
        number: "HZ-2026-0001", issuer_id: id, subject: "product", standard_code: "GB/T 22499-2008", category: "rice", measured_mg_per_kg: 0.1,
        valid_from: "2026-01-01", valid_until: "2028-01-01", enterprise_id: mill!.id, product_id: ids["hanyin-selenium-rice"],
      }
      // Its scope names GB/T 22499-2008 only.
      const otherStandard = await expectFailure(api.post("/admin/certificates", { ...certificate, standard_code: "NY/T 600-2002", category: "tea", measured_mg_per_kg: 1 }, admin))
      expect(otherStandard.data).toMatchObject({ code: "issuer_scope", params: { issuer: "汉中市农产品检测中心", standard: "NY/T 600-2002", category: "tea" } })
      await api.post(`/admin/issuers/${id}`, { active: false }, admin)
      const inactive = await expectFailure(api.post("/admin/certificates", certificate, admin))
      expect(inactive.status).toBe(400)
      expect(inactive.data.message).toMatch(/汉中市农产品检测中心 is no longer active/)
      await api.post(`/admin/issuers/${id}`, { active: true }, admin)
      expect((await api.post("/admin/certificates", certificate, admin)).status).toBe(201)
    })

    it("refuses an entry without an accreditation number, with a malformed one, a duplicate name or an unknown standard", async () => {
      const admin = await adminHeaders(api)
      const body = { name: "测试检测机构", cma_number: "241627990002", scope_categories: ["tea"] }
      const cases: [Record<string, unknown>, number, RegExp][] = [
        [{ cma_number: undefined }, 400, /cma_number or cnas_number/],
        [{ cma_number: "12345" }, 400, /12 digits/],
        [{ cnas_number: "L1234" }, 400, /CNAS L/],
        [{ scope_categories: [] }, 400, /scope_categories/],
        [{ scope_standard_codes: ["XX/T 1-2000"] }, 400, /XX\/T 1-2000 is not a standard in the register/],
        [{ name: "安康市富硒产品质量检验中心" }, 422, /already in the register/],
      ]
      for (const [change, status, message] of cases) {
        const failure = await expectFailure(api.post("/admin/issuers", { ...body, ...change }, admin))
        expect([change, failure.status, failure.data.message]).toEqual([change, status, expect.stringMatching(message)])
      }
      expect((await api.get("/admin/issuers", admin)).data.count).toBe(3)
    })
  })

  it("keeps certificate numbers unique per issuer", async () => {
    const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const [existing] = await certification.listCertificates({}, { take: 1 })
    const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, issued_by: _issuer, ...copy } = existing!
    await expect(certification.createCertificates(copy)).rejects.toThrow(/already exists/)
    await expect(certification.createCertificates({ ...copy, issuer: "另一家检测机构" })).resolves.toBeTruthy()
  })
})
