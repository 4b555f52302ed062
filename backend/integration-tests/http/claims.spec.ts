import { Modules, ProductStatus } from "@medusajs/framework/utils"
import certificateExpiryJob from "../../src/jobs/certificate-expiry"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import type CertificationModuleService from "../../src/modules/certification/service"
import { auditClaims, formatClaimAudit } from "../../src/workflows/claims/audit"
import { approvedEnterprise, type Headers } from "../utils/enterprise"
import { adminHeaders, eventually, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

type StoreProduct = { id: string; handle: string; metadata: Record<string, unknown> | null }

seededSuite("seleno_it_claims", ({ api, getContainer, store }) => {
  let ids: Record<string, string>

  beforeAll(async () => {
    const all = await getContainer().resolve(Modules.PRODUCT).listProducts({}, { select: ["id", "handle", "status"] })
    ids = Object.fromEntries(all.map((p) => [p.handle, p.id]))
    // The seed builds the search index in the background; wait for every published product and its badge.
    const published = all.filter((p) => p.status === "published").length
    await eventually(async () => {
      const { data } = await api.get(`/store/product-search?page_size=1`, store)
      return data.count === published && data.facets.certified > 0 ? true : undefined
    }, 60000)
  })

  const products = () => getContainer().resolve(Modules.PRODUCT)
  const statusOf = async (id: string) => (await products().retrieveProduct(id, { select: ["status"] })).status

  const listed = async (handle: string): Promise<StoreProduct> =>
    (await api.get(`/store/products?handle=${handle}&fields=id,handle,metadata`, store)).data.products[0]
  const single = async (id: string): Promise<StoreProduct> => (await api.get(`/store/products/${id}?fields=id,handle,metadata`, store)).data.product

  /** Gives a seeded product selenium facts behind the rule's back (straight through the product module). */
  async function plantFacts(handle: string) {
    const [product] = await products().listProducts({ handle }, { select: ["id", "metadata"] })
    await products().updateProducts(product!.id, { metadata: { ...product!.metadata, selenium_mg_per_kg: 0.02, serving_g: 200 } })
  }

  const certificateOf = async (handle: string) =>
    (await api.get(`/store/product-certifications?product_id=${ids[handle]}`, store)).data.certifications[0].certificate as { id: string }

  describe("read time", () => {
    it("store answers carry selenium facts for a certified product only", async () => {
      await plantFacts("gannan-navel-orange")
      for (const answer of [await listed("gannan-navel-orange"), await single(ids["gannan-navel-orange"]!)]) {
        expect(answer.metadata).not.toHaveProperty("selenium_mg_per_kg")
        expect(answer.metadata).not.toHaveProperty("serving_g")
        expect(answer.metadata).toMatchObject({ county: "xinfeng" })
      }
      const { data } = await api.get(`/store/products?limit=100&fields=id,handle,metadata`, store)
      const orange = (data.products as StoreProduct[]).find((p) => p.handle === "gannan-navel-orange")!
      expect(orange.metadata).not.toHaveProperty("selenium_mg_per_kg")

      const tea = await listed("ziyang-maojian-green-tea")
      expect(tea.metadata).toMatchObject({ selenium_mg_per_kg: 1.2, serving_g: 3 })
      expect((await single(tea.id)).metadata).toMatchObject({ selenium_mg_per_kg: 1.2 })
    })

    it("revoking the certificate removes the facts from the next store answer", async () => {
      expect((await listed("hanyin-selenium-rice")).metadata).toHaveProperty("selenium_mg_per_kg", 0.08)
      const certificate = await certificateOf("hanyin-selenium-rice")
      await api.post(`/admin/certificates/${certificate.id}/revoke`, {}, await adminHeaders(api))
      expect((await listed("hanyin-selenium-rice")).metadata).not.toHaveProperty("selenium_mg_per_kg")
    })

    it("search shows a selenium content and matches a selenium band only for certified products", async () => {
      type Hit = { certified: boolean; selenium_mg_per_kg: number | null }
      const hits = (await api.get(`/store/product-search?se_min=0&page_size=50`, store)).data.products as Hit[]
      expect(hits.length).toBeGreaterThan(0)
      expect(hits.every((h) => h.certified && h.selenium_mg_per_kg !== null)).toBe(true)
      const all = (await api.get(`/store/product-search?page_size=50`, store)).data.products as Hit[]
      expect(all.filter((h) => !h.certified).every((h) => h.selenium_mg_per_kg === null)).toBe(true)
    })
  })

  describe("publish time", () => {
    let serial = 0
    async function teaEnterprise() {
      serial += 1
      const enterprise = await approvedEnterprise(api, `claims-${serial}@claims.example.com`, { brandHandle: "ankang-selenium-tea", categoryHandles: ["tea"] })
      const brands = (await api.get(`/admin/brands?handle=ankang-selenium-tea`, enterprise.admin)).data.brands as { id: string; handle: string }[]
      return { ...enterprise, brand: brands.find((b) => b.handle === "ankang-selenium-tea")!.id }
    }
    async function draft(headers: Headers, brand: string, title: string) {
      const body = { title, title_en: "Han River Green Tea", brand_id: brand, categories: ["tea"], variants: [{ title: "250克", price: 98, stock: 10 }] }
      const { status, data } = await api.post("/enterprise/products", body, headers)
      expect(status).toBe(201)
      return data.product as { id: string }
    }

    it("refuses to submit a listing with claim words and no certificate, naming the reason; renamed, it goes to review", async () => {
      const { headers, brand } = await teaEnterprise()
      const listing = await draft(headers, brand, `汉江富硒绿茶 ${serial}`)
      const refused = await expectFailure(api.post(`/enterprise/products/${listing.id}/submit`, {}, headers))
      expect(refused.status).toBe(400)
      expect(refused.data.code).toBe("selenium_claim_uncertified")
      expect(refused.data.message).toMatch(/selenium_claim \[claim_words_uncertified no_certificate\]/)
      expect(refused.data.message).toMatch(/富硒 in title/)
      expect(await statusOf(listing.id)).toBe(ProductStatus.DRAFT)

      // Selenium facts alone are a claim too.
      await api.post(`/enterprise/products/${listing.id}`, { title: `汉江绿茶 ${serial}`, selenium_mg_per_kg: 0.4 }, headers)
      const facts = await expectFailure(api.post(`/enterprise/products/${listing.id}/submit`, {}, headers))
      expect(facts.data.message).toMatch(/selenium_claim \[selenium_facts_uncertified no_certificate\]/)

      await api.post(`/enterprise/products/${listing.id}`, { selenium_mg_per_kg: null }, headers)
      const { data } = await api.post(`/enterprise/products/${listing.id}/submit`, {}, headers)
      expect(data.product.status).toBe("proposed")
    })

    it("refuses staff approval and Medusa's own publish of a claim no certificate covers", async () => {
      const { headers, brand, admin } = await teaEnterprise()
      const listing = await draft(headers, brand, `汉江绿茶 ${serial}`)
      await api.post(`/enterprise/products/${listing.id}/submit`, {}, headers)
      // Edited while waiting (allowed: nothing is on sale); the claim is caught when staff approve.
      await api.post(`/enterprise/products/${listing.id}`, { title: `汉江补硒绿茶 ${serial}` }, headers)
      const approve = await expectFailure(api.post(`/admin/products/${listing.id}/review`, { decision: "approve" }, admin))
      expect(approve.status).toBe(400)
      expect(approve.data.message).toMatch(/补硒 in title/)
      expect(await statusOf(listing.id)).toBe(ProductStatus.PROPOSED)

      const publish = await expectFailure(api.post(`/admin/products/${listing.id}`, { status: "published" }, admin))
      expect(publish.status).toBe(400)
      expect(publish.data.message).toMatch(/selenium_claim \[claim_words_uncertified no_certificate\]/)
      expect(await statusOf(listing.id)).toBe(ProductStatus.PROPOSED)

      const created = await expectFailure(
        api.post("/admin/products", { title: "富硒蜂蜜", status: "published", options: [{ title: "规格", values: ["500克"] }] }, admin)
      )
      expect(created.status).toBe(400)
      expect(created.data.code).toBe("selenium_claim_uncertified")
      expect(await products().listProducts({ title: "富硒蜂蜜" })).toEqual([])

      // Without the claim, staff publish it.
      await api.post(`/enterprise/products/${listing.id}`, { title: `汉江绿茶 ${serial}` }, headers)
      expect((await api.post(`/admin/products/${listing.id}/review`, { decision: "approve" }, admin)).data.product.status).toBe("published")
    })

    it("lets staff publish a certified product's claim", async () => {
      const admin = await adminHeaders(api)
      const id = ids["ziyang-cuifeng-tea"]!
      await products().updateProducts(id, { status: ProductStatus.DRAFT })
      const { data } = await api.post(`/admin/products/${id}`, { status: "published" }, admin)
      expect(data.product.status).toBe("published")
    })
  })

  describe("the daily job", () => {
    it("moves a claim listing whose certificate expired back to review and tells the enterprise, once; claim-free listings stay on sale", async () => {
      const certificate = await certificateOf("ziyang-cuifeng-tea")
      await getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).updateCertificates({ id: certificate.id, valid_until: new Date(Date.now() - 60_000) })
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const withdrawn = () => notifications.listNotifications({ template: "listing-claims-withdrawn" })

      await certificateExpiryJob(getContainer())
      expect(await statusOf(ids["ziyang-cuifeng-tea"]!)).toBe(ProductStatus.PROPOSED)
      expect(await statusOf(ids["ziyang-maojian-green-tea"]!)).toBe(ProductStatus.PUBLISHED)
      expect(await statusOf(ids["gannan-navel-orange"]!)).toBe(ProductStatus.PUBLISHED)
      expect(await statusOf(ids["ankang-smoked-fish"]!)).toBe(ProductStatus.PUBLISHED)
      const sent = await withdrawn()
      expect(sent.map((n) => n.to)).toEqual(["ziyang@enterprise.example.com"])
      expect(sent[0]!.data).toMatchObject({ product: { handle: "ziyang-cuifeng-tea" }, reason: "certificate_expired", problems: ["claim_words_uncertified", "selenium_facts_uncertified"] })

      await certificateExpiryJob(getContainer())
      expect(await withdrawn()).toHaveLength(1)
      expect((await auditClaims(getContainer())).violations).toEqual([])
    })
  })

  describe("npm run audit:claims", () => {
    it("finds no violation in the seeded catalogue", async () => {
      const audit = await auditClaims(getContainer())
      const published = await products().listProducts({ status: ProductStatus.PUBLISHED }, { select: ["id"] })
      expect(audit.rows).toHaveLength(published.length)
      expect(audit.violations).toEqual([])
      expect(audit.rows.find((r) => r.handle === "ziyang-maojian-green-tea")).toMatchObject({ certified: true, facts: true, words: expect.arrayContaining(["富硒 (title)"]) })
      expect(audit.rows.find((r) => r.handle === "gannan-navel-orange")).toMatchObject({ certified: false, facts: false, words: [], problems: [] })
      expect(formatClaimAudit(audit)).toMatch(/0 violating the claim rule$/)
    })

    it("reports an uncertified 富硒 product published behind the rule's back", async () => {
      await products().createProducts({ title: "秦巴富硒蜂蜜", handle: "qinba-honey", status: ProductStatus.PUBLISHED })
      const audit = await auditClaims(getContainer())
      expect(audit.violations).toEqual([
        expect.objectContaining({ handle: "qinba-honey", words: ["富硒 (title)"], reason: "no_certificate", problems: ["claim_words_uncertified"] }),
      ])
      expect(formatClaimAudit(audit)).toMatch(/qinba-honey .*VIOLATION claim_words_uncertified/)
    })
  })
})
