import { Modules } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import type EnterpriseModuleService from "../../src/modules/enterprise/service"
import type CertificationModuleService from "../../src/modules/certification/service"
import certificateExpiryJob from "../../src/jobs/certificate-expiry"
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
    expect(result.certificate).toMatchObject({ standard_code: "NY/T 600-2002", measured_mg_per_kg: 1.2, status: "valid", issuer: "安康市富硒产品质量检验中心" })
  })

  it("shows no badge for an expired certificate or a product without one", async () => {
    expect(await certificationOf("ankang-smoked-fish")).toMatchObject({ certified: false, reason: "certificate_expired", certificate: { status: "expired" } })
    expect(await certificationOf("gannan-navel-orange")).toMatchObject({ certified: false, reason: "no_certificate", certificate: null })
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
    expect(before).not.toContain(ids["ankang-smoked-fish"])
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
    expect(expired!.data).toMatchObject({ status: "expired", products: [{ handle: "ankang-smoked-fish" }], enterprise: { handle: "hanbin-selenium-foods" } })

    await certificateExpiryJob(getContainer(), new Date("2027-12-10T00:00:00Z"))
    const certificates = await getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).listCertificates({})
    expect(await sent("certificate-expiring")).toBe(certificates.length - 1)
    expect(await sent("certificate-expired")).toBe(2)

    await certificateExpiryJob(getContainer(), new Date("2027-12-10T06:00:00Z"))
    expect(await sent("certificate-expiring")).toBe(certificates.length - 1)
  })

  describe("admin certificates", () => {
    const eggs = async () => {
      const [farm] = await getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises({ handle: "ningdu-free-range-farm" })
      return {
        number: "GZSE-2026-9001",
        issuer: "赣州市农产品质量安全检测中心",
        subject: "product",
        standard_code: "DB61/T 556-2018",
        category: "food",
        measured_mg_per_kg: 0.3,
        valid_from: "2026-01-01",
        valid_until: "2028-01-01",
        enterprise_id: farm!.id,
        product_id: ids["gannan-free-range-eggs"],
      }
    }

    it("records a certificate that gives its product the badge, and revoking it takes the badge away", async () => {
      const admin = await adminHeaders(api)
      expect((await certificationOf("gannan-free-range-eggs")).certified).toBe(false)
      const { status, data } = await api.post("/admin/certificates", await eggs(), admin)
      expect(status).toBe(201)
      expect(data.certificate.status).toBe("valid")
      expect(await certificationOf("gannan-free-range-eggs")).toMatchObject({ certified: true, certificate: { number: "GZSE-2026-9001" } })
      await api.post(`/admin/certificates/${data.certificate.id}/revoke`, {}, admin)
      expect((await certificationOf("gannan-free-range-eggs")).reason).toBe("certificate_revoked")
    })

    it("refuses bad certificates with the field and reason, creating nothing", async () => {
      const admin = await adminHeaders(api)
      const body = await eggs()
      const before = (await api.get("/admin/certificates", admin)).data.count
      const cases: [Record<string, unknown>, number, RegExp][] = [
        [{ standard_code: "XX/T 1-2000" }, 400, /standard_code "XX\/T 1-2000"/],
        [{ standard_code: "NY/T 600-2002", category: "rice" }, 400, /category "rice" is not covered by NY\/T 600-2002; it covers tea/],
        [{ valid_until: "2025-01-01" }, 400, /valid_until must be after valid_from/],
        [{ measured_mg_per_kg: -1 }, 400, /measured_mg_per_kg/],
        [{ number: undefined }, 400, /number/],
        [{ enterprise_id: "ent_missing" }, 404, /ent_missing/],
      ]
      for (const [change, status, message] of cases) {
        const failure = await expectFailure(api.post("/admin/certificates", { ...body, ...change }, admin))
        expect([failure.status, failure.data.message]).toEqual([status, expect.stringMatching(message)])
      }
      await api.post("/admin/certificates", body, admin)
      const duplicate = await expectFailure(api.post("/admin/certificates", body, admin))
      expect(duplicate.status).toBe(422)
      expect(duplicate.data.message).toContain("already issued a certificate numbered GZSE-2026-9001")
      expect((await api.get("/admin/certificates", admin)).data.count).toBe(before + 1)
    })

    it("is closed to callers without an admin login", async () => {
      expect((await expectFailure(api.post("/admin/certificates", await eggs()))).status).toBe(401)
    })
  })

  it("keeps certificate numbers unique per issuer", async () => {
    const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const [existing] = await certification.listCertificates({}, { take: 1 })
    const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...copy } = existing!
    await expect(certification.createCertificates(copy)).rejects.toThrow(/already exists/)
    await expect(certification.createCertificates({ ...copy, issuer: "另一家检测机构" })).resolves.toBeTruthy()
  })
})
