import { Modules } from "@medusajs/framework/utils"
import { creditCodeCheckCharacter } from "@seleno/domain"
import { BRAND_MODULE } from "../../src/modules/brand"
import type BrandModuleService from "../../src/modules/brand/service"
import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import type EnterpriseModuleService from "../../src/modules/enterprise/service"
import { EXPIRED_CERTIFICATE_PRODUCT } from "../../src/seed/seed-certificates"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

const DB_NAME = "seleno_it_admin_catalogue"

const validCreditCode = (stem: string) => stem + creditCodeCheckCharacter(stem)

seededSuite(DB_NAME, ({ api, getContainer }) => {
  let admin: { headers: Record<string, string> }
  const brands = () => getContainer().resolve<BrandModuleService>(BRAND_MODULE)
  const enterprises = () => getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
  const brandId = async (handle: string) => (await brands().listBrands({ handle }))[0]!.id
  const enterpriseId = async (handle: string) => (await enterprises().listEnterprises({ handle }))[0]!.id
  const productId = async (handle: string) => (await getContainer().resolve(Modules.PRODUCT).listProducts({ handle }))[0]!.id

  beforeAll(async () => {
    admin = await adminHeaders(api)
  })

  describe("listings by enterprise", () => {
    it("lists enterprises' products with the enterprise that sells them, filtered by enterprise, county and status", async () => {
      const all = (await api.get("/admin/enterprise-listings", admin)).data.listings as { product: { handle: string; status: string }; enterprise: { id: string; name: string; county: string } }[]
      expect(all.length).toBeGreaterThan(1)
      const counties = new Set(all.map((l) => l.enterprise.county))
      expect(counties.size).toBeGreaterThan(1)
      const one = all[0]!
      const mine = (await api.get(`/admin/enterprise-listings?enterprise_id=${one.enterprise.id}`, admin)).data.listings as typeof all
      expect(mine.length).toBeGreaterThan(0)
      expect(mine.every((l) => l.enterprise.id === one.enterprise.id)).toBe(true)
      expect(mine.length).toBeLessThan(all.length)
      const inCounty = (await api.get(`/admin/enterprise-listings?county=${one.enterprise.county}`, admin)).data.listings as typeof all
      expect(inCounty.every((l) => l.enterprise.county === one.enterprise.county)).toBe(true)
      const published = (await api.get("/admin/enterprise-listings?status=published", admin)).data.listings as typeof all
      expect(published.every((l) => l.product.status === "published")).toBe(true)
      expect((await expectFailure(api.get("/admin/enterprise-listings?status=sold", admin))).status).toBe(400)
    })
  })

  describe("brands", () => {
    it("adds a county brand under a regional one and lists it", async () => {
      const parent_id = await brandId("ankang-selenium-tea")
      const { status, data } = await api.post(
        "/admin/brands",
        { handle: "pingli-selenium-tea", name: "平利富硒茶", level: "county", mark_type: "gi_filed", region: "ankang", counties: ["pingli"], parent_id },
        admin
      )
      expect(status).toBe(201)
      expect(data.brand).toMatchObject({ handle: "pingli-selenium-tea", level: "county", parent_id })
      const list = await api.get("/admin/brands", admin)
      expect(list.data.brands.map((b: { handle: string }) => b.handle)).toContain("pingli-selenium-tea")
      const detail = await api.get(`/admin/brands/${parent_id}`, admin)
      expect(detail.data.brand.children.map((c: { handle: string }) => c.handle)).toContain("pingli-selenium-tea")
    })

    it("refuses a brand placed outside the tree, in an unknown region or under a taken handle, saving nothing", async () => {
      const before = (await brands().listBrands({})).length
      const base = { name: "测试品牌", mark_type: "trademark", region: "ankang" }
      const orphan = await expectFailure(api.post("/admin/brands", { ...base, handle: "orphan", level: "county" }, admin))
      expect(orphan.status).toBe(400)
      expect(orphan.data.message).toMatch(/parent_id is required/)
      const nowhere = await expectFailure(api.post("/admin/brands", { ...base, handle: "nowhere", level: "regional", region: "atlantis" }, admin))
      expect(nowhere.status).toBe(400)
      expect(nowhere.data.message).toMatch(/region "atlantis" is not a selenium region/)
      const taken = await expectFailure(api.post("/admin/brands", { ...base, handle: "ankang-selenium-tea", level: "regional" }, admin))
      expect(taken.status).toBeGreaterThanOrEqual(400)
      expect(taken.status).toBeLessThan(500)
      expect(taken.data.message).toMatch(/handle "ankang-selenium-tea" is already used/)
      expect((await brands().listBrands({})).length).toBe(before)
    })

    it("names the refused field with a code the admin words", async () => {
      const refused = await expectFailure(
        api.post("/admin/brands", { handle: "Bad Handle", name: "测试品牌", level: "county", mark_type: "trademark", region: "ankang" }, admin)
      )
      expect(refused.status).toBe(400)
      expect(refused.data).toMatchObject({ code: "invalid_field", params: { field: "handle" }, message: expect.stringContaining("handle may only use") })
    })

    it("edits a brand's story and counties", async () => {
      const id = await brandId("langao-konjac")
      const { data } = await api.post(`/admin/brands/${id}`, { story: "岚皋魔芋，新故事", counties: ["langao"] }, admin)
      expect(data.brand).toMatchObject({ story: "岚皋魔芋，新故事", counties: ["langao"] })
    })

    it("takes a logo only from Seleno's own file store, naming the field otherwise", async () => {
      const id = await brandId("langao-konjac")
      for (const logo of ["javascript:alert(1)", "https://evil.example.com/logo.png", "data:image/png;base64,AAAA"]) {
        const refused = await expectFailure(api.post(`/admin/brands/${id}`, { logo_url: logo }, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/logo_url: /)
      }
      expect((await api.get(`/admin/brands/${id}`, admin)).data.brand.logo_url ?? null).toBeNull()
      const own = `${process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"}/static/1-langao-logo.png`
      expect((await api.post(`/admin/brands/${id}`, { logo_url: own }, admin)).data.brand.logo_url).toBe(own)
    })
  })

  describe("enterprises and authorizations", () => {
    const newEnterprise = {
      handle: "ziyang-test-coop",
      name: "紫阳县测试茶叶专业合作社",
      credit_code: validCreditCode("93610924MA6YQT99W"),
      kind: "cooperative",
      county: "ziyang",
      status: "active",
      bases: [{ name: "测试茶园", county: "ziyang", location: "紫阳县城关镇", area_mu: 50 }],
    }

    it("registers an enterprise with its base and shows it in full", async () => {
      const { status, data } = await api.post("/admin/enterprises", newEnterprise, admin)
      expect(status).toBe(201)
      const detail = await api.get(`/admin/enterprises/${data.enterprise.id}`, admin)
      expect(detail.data.enterprise).toMatchObject({ handle: "ziyang-test-coop", status: "active", bases: [{ name: "测试茶园", county: "ziyang" }], brand_authorizations: [] })
    })

    it("refuses a wrong check character, a registered credit code or an unknown county, saving nothing", async () => {
      const before = (await enterprises().listEnterprises({})).length
      const stem = "93610924MA6YQT98W"
      const wrong = validCreditCode(stem).endsWith("0") ? `${stem}1` : `${stem}0`
      const badCode = await expectFailure(api.post("/admin/enterprises", { ...newEnterprise, handle: "a1", credit_code: wrong }, admin))
      expect(badCode.status).toBe(400)
      expect(badCode.data.message).toMatch(/credit_code .* wrong check character/)
      const seededCode = (await enterprises().listEnterprises({ handle: "langao-konjac-coop" }))[0]!.credit_code
      const duplicate = await expectFailure(api.post("/admin/enterprises", { ...newEnterprise, handle: "a2", credit_code: seededCode }, admin))
      expect(duplicate.status).toBeLessThan(500)
      expect(duplicate.data.message).toMatch(/already registered to 岚皋县魔芋专业合作社/)
      const badBase = await expectFailure(
        api.post("/admin/enterprises", { ...newEnterprise, handle: "a3", bases: [{ name: "x", county: "atlantis" }] }, admin)
      )
      expect(badBase.status).toBe(400)
      expect(badBase.data.message).toMatch(/county "atlantis" is not a county/)
      expect((await enterprises().listEnterprises({})).length).toBe(before)
    })

    it("suspends an enterprise and adds a base", async () => {
      const id = await enterpriseId("shiquan-walnut-coop")
      const suspended = await api.post(`/admin/enterprises/${id}`, { status: "suspended" }, admin)
      expect(suspended.data.enterprise.status).toBe("suspended")
      const base = await api.post(`/admin/enterprises/${id}/bases`, { name: "池河镇核桃园", county: "shiquan" }, admin)
      expect(base.status).toBe(201)
      const detail = await api.get(`/admin/enterprises/${id}`, admin)
      expect(detail.data.enterprise.bases.map((b: { name: string }) => b.name)).toContain("池河镇核桃园")
    })

    it("grants, reports and revokes a brand authorization", async () => {
      const id = await enterpriseId("xunyang-raisin-tree-farm")
      const brand_id = await brandId("xunyang-raisin-tree-fruit")
      const grant = { brand_id, category_handles: ["nuts"], valid_from: "2026-01-01", valid_until: "2028-12-31" }
      const { status, data } = await api.post(`/admin/enterprises/${id}/brand-authorizations`, grant, admin)
      expect(status).toBe(201)
      expect(data.brand_authorization.status).toBe("in_force")
      const detail = await api.get(`/admin/enterprises/${id}`, admin)
      expect(detail.data.enterprise.brand_authorizations[0]).toMatchObject({ status: "in_force", brand: { handle: "xunyang-raisin-tree-fruit" } })
      const revoked = await api.post(`/admin/brand-authorizations/${data.brand_authorization.id}/revoke`, {}, admin)
      expect(revoked.data.brand_authorization.status).toBe("revoked")
    })

    it("refuses an unknown brand, an enterprise brand, an unknown category or an end before the start", async () => {
      const id = await enterpriseId("xunyang-raisin-tree-farm")
      const brand_id = await brandId("xunyang-raisin-tree-fruit")
      const grant = { brand_id, category_handles: ["nuts"], valid_from: "2026-01-01", valid_until: "2028-12-31" }
      const url = `/admin/enterprises/${id}/brand-authorizations`
      const unknown = await expectFailure(api.post(url, { ...grant, brand_id: "brand_nope" }, admin))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/brand_id "brand_nope" is not a brand/)
      const category = await expectFailure(api.post(url, { ...grant, category_handles: ["spaceships"] }, admin))
      expect(category.data.message).toMatch(/category_handles: "spaceships" is not a product category/)
      const backwards = await expectFailure(api.post(url, { ...grant, valid_until: "2025-12-31" }, admin))
      expect(backwards.status).toBe(400)
      expect(backwards.data.message).toMatch(/valid_until must be after valid_from/)
      expect(await enterprises().listBrandAuthorizations({ enterprise_id: id })).toHaveLength(0)
    })
  })

  describe("product origin", () => {
    it("refuses a brand the enterprise holds no authorization for and leaves the links as they were", async () => {
      const id = await productId("xunyang-raisin-tree-fruit")
      const before = (await api.get(`/admin/products/${id}/origin`, admin)).data.origin
      const brand_id = await brandId("xunyang-raisin-tree-fruit")
      const failure = await expectFailure(api.post(`/admin/products/${id}/origin`, { brand_id, enterprise_id: before.enterprise.id }, admin))
      expect(failure.status).toBe(400)
      expect(failure.data.message).toContain("holds no authorization in force")
      const after = (await api.get(`/admin/products/${id}/origin`, admin)).data.origin
      expect(after.brand).toEqual(before.brand)
      expect(after.enterprise.id).toBe(before.enterprise.id)
    })

    it("puts the product under the brand once the enterprise is authorized", async () => {
      const id = await productId("xunyang-raisin-tree-fruit")
      const enterprise_id = await enterpriseId("xunyang-raisin-tree-farm")
      const brand_id = await brandId("xunyang-raisin-tree-fruit")
      await api.post(`/admin/enterprises/${enterprise_id}/brand-authorizations`, { brand_id, category_handles: ["nuts"], valid_from: "2026-01-01", valid_until: "2028-12-31" }, admin)
      const { data } = await api.post(`/admin/products/${id}/origin`, { brand_id, enterprise_id }, admin)
      expect(data.origin).toMatchObject({ brand: { id: brand_id, name: "旬阳拐枣" }, enterprise: { id: enterprise_id } })
    })

    it("refuses an unknown brand", async () => {
      const id = await productId("ziyang-maojian-green-tea")
      const failure = await expectFailure(api.post(`/admin/products/${id}/origin`, { brand_id: "brand_missing", enterprise_id: null }, admin))
      expect(failure.status).toBe(400)
      expect(failure.data.message).toMatch(/brand_id "brand_missing" is not a brand/)
    })

    it("shows whether the product carries the certified badge", async () => {
      const certified = (await api.get(`/admin/products/${await productId("ziyang-maojian-green-tea")}/origin`, admin)).data.origin
      expect(certified.certification.certified).toBe(true)
      const expired = (await api.get(`/admin/products/${await productId(EXPIRED_CERTIFICATE_PRODUCT)}/origin`, admin)).data.origin
      expect(expired.certification).toMatchObject({ certified: false, reason: "certificate_expired" })
    })
  })

  describe("certificates", () => {
    it("filters by computed status", async () => {
      const { data } = await api.get("/admin/certificates?status=expired", admin)
      expect(data.certificates.length).toBeGreaterThan(0)
      expect(data.certificates.every((c: { status: string }) => c.status === "expired")).toBe(true)
      expect(data.certificates.map((c: { product: { title: string } | null }) => c.product?.title)).toContain("利川红工夫红茶")
      const bad = await expectFailure(api.get("/admin/certificates?status=shiny", admin))
      expect(bad.status).toBe(400)
    })

    it("lists the standards certificates may cite", async () => {
      const { data } = await api.get("/admin/standards", admin)
      expect(data.standards.find((s: { code: string }) => s.code === "NY/T 600-2002").ranges).toEqual([
        expect.objectContaining({ category: "tea", min_mg_per_kg: 0.25, max_mg_per_kg: 4, containing_min_mg_per_kg: null, containing_max_mg_per_kg: null }),
      ])
    })
  })
})
