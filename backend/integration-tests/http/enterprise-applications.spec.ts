import { ENTERPRISE_MODULE } from "../../src/modules/enterprise"
import type EnterpriseModuleService from "../../src/modules/enterprise/service"
import { DEMO_PORTAL } from "../../src/seed/seed-portal"
import { freshCreditCode, TINY_PDF, uploadFile } from "../utils/enterprise"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

// Valid unified social credit codes (check character per GB 32100-2015, from @seleno/domain) in Ankang's 汉阴县.
const CREDIT_CODES = ["93610921MA6YQ1BN3T", "91610921MA70C5M96E"]

seededSuite("seleno_it_enterprise_applications", ({ api, getContainer }) => {
  const application = (creditCode: string) => ({
    applicant_name: "李娜",
    name: "汉阴县凤堰富硒茶叶专业合作社",
    credit_code: creditCode,
    kind: "cooperative",
    county: "hanyin",
    contact_name: "李娜",
    contact_phone: "0915-5211234",
  })

  async function register(email: string): Promise<string> {
    const { data } = await api.post("/auth/enterprise/emailpass/register", { email, password: "seleno-portal-1" })
    return data.token
  }

  async function login(email: string): Promise<{ headers: Record<string, string> }> {
    const { data } = await api.post("/auth/enterprise/emailpass", { email, password: "seleno-portal-1" })
    return { headers: { authorization: `Bearer ${data.token}` } }
  }

  const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

  it("an applicant registers, applies, waits for review, and acts once platform staff approve", async () => {
    const token = await register("owner@fengyan.example.com")
    const { status, data } = await api.post("/enterprise-applications", application(CREDIT_CODES[0]!), bearer(token))
    expect(status).toBe(201)
    expect(data.enterprise).toMatchObject({ status: "pending", handle: CREDIT_CODES[0]!.toLowerCase() })
    expect(data.account).toMatchObject({ email: "owner@fengyan.example.com", role: "owner" })

    const owner = await login("owner@fengyan.example.com")
    expect((await api.get("/enterprise/me", owner)).data.enterprise.status).toBe("pending")
    // Until approved the enterprise can only see where it stands.
    const waiting = await expectFailure(api.get("/enterprise/products", owner))
    expect(waiting.status).toBe(400)
    expect(waiting.data.message).toMatch(/waiting for review/)

    const admin = await adminHeaders(api)
    const approved = await api.post(`/admin/enterprises/${data.enterprise.id}/review`, { decision: "approve" }, admin)
    expect(approved.data.enterprise.status).toBe("active")
    expect((await api.get("/enterprise/me", owner)).data.enterprise.status).toBe("active")
    // A decided application is not decided again.
    const again = await expectFailure(api.post(`/admin/enterprises/${data.enterprise.id}/review`, { decision: "reject", note: "x" }, admin))
    expect(again.status).toBe(400)
    expect(again.data.message).toMatch(/is active, not waiting for review/)
  })

  it("a rejection needs a reason, and the enterprise is shown it", async () => {
    const token = await register("owner@rejected.example.com")
    const { data } = await api.post("/enterprise-applications", application(CREDIT_CODES[1]!), bearer(token))
    const admin = await adminHeaders(api)
    const noReason = await expectFailure(api.post(`/admin/enterprises/${data.enterprise.id}/review`, { decision: "reject" }, admin))
    expect(noReason.status).toBe(400)
    expect(noReason.data.message).toMatch(/'note' is required/)
    const blank = await expectFailure(api.post(`/admin/enterprises/${data.enterprise.id}/review`, { decision: "reject", note: " " }, admin))
    expect(blank.data.message).toMatch(/note must say why the application is rejected/)

    await api.post(`/admin/enterprises/${data.enterprise.id}/review`, { decision: "reject", note: "营业执照照片不清晰，请重新上传" }, admin)
    const me = (await api.get("/enterprise/me", await login("owner@rejected.example.com"))).data
    expect(me.enterprise).toMatchObject({ status: "rejected", review_note: "营业执照照片不清晰，请重新上传" })
  })

  it("a bad application is refused with the field and reason, and leaves nothing behind", async () => {
    const service = getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    const before = (await service.listEnterprises({}, { select: ["id"] })).length
    const token = await register("owner@typo.example.com")

    const badCode = await expectFailure(api.post("/enterprise-applications", application("93610921MA6YQ1BN3X"), bearer(token)))
    expect(badCode.status).toBe(400)
    expect(badCode.data.message).toMatch(/credit_code .* check character/)
    const badPhone = await expectFailure(api.post("/enterprise-applications", { ...application(CREDIT_CODES[0]!), contact_phone: "call me" }, bearer(token)))
    expect(badPhone.status).toBe(400)
    expect(badPhone.data.message).toMatch(/contact_phone/)
    const noLogin = await expectFailure(api.post("/enterprise-applications", application(CREDIT_CODES[0]!)))
    expect(noLogin.status).toBe(401)

    expect((await service.listEnterprises({}, { select: ["id"] })).length).toBe(before)
    expect(await service.listEnterpriseAccounts({ email: "owner@typo.example.com" })).toHaveLength(0)
    // The same login can apply again once the mistake is fixed.
    const { status } = await api.post("/enterprise-applications", application(CREDIT_CODES[0]!), bearer(token))
    expect(status).toBe(201)
  })

  it("an enterprise from 建始县 (恩施州), a county beyond the first plans' thirty, applies and is approved", async () => {
    const token = await register("owner@jianshi.example.com")
    const jianshi = { ...application(freshCreditCode()), name: "建始县花坪富硒茶叶专业合作社", county: "422822" }
    const { status, data } = await api.post("/enterprise-applications", jianshi, bearer(token))
    expect(status).toBe(201)
    expect(data.enterprise).toMatchObject({ status: "pending", county: "422822" })
    const admin = await adminHeaders(api)
    expect((await api.post(`/admin/enterprises/${data.enterprise.id}/review`, { decision: "approve" }, admin)).data.enterprise.status).toBe("active")
    expect((await api.get("/enterprise/me", await login("owner@jianshi.example.com"))).data.enterprise).toMatchObject({ status: "active", county: "422822" })

    // A county outside the provinces we serve, or no county at all, is still refused.
    const other = bearer(await register("owner@nowhere.example.com"))
    for (const county of ["330106", "atlantis"]) {
      const refused = await expectFailure(api.post("/enterprise-applications", { ...application(freshCreditCode()), county }, other))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/not a county of the provinces we serve/)
    }
  })

  it("a credit code already registered is refused, and its account is not created either", async () => {
    const service = getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE)
    await api.post("/enterprise-applications", application(CREDIT_CODES[0]!), bearer(await register("first@example.com")))
    const second = await expectFailure(api.post("/enterprise-applications", application(CREDIT_CODES[0]!), bearer(await register("second@example.com"))))
    expect(second.status).toBe(422)
    expect(second.data.message).toMatch(/already registered/)
    expect(await service.listEnterpriseAccounts({ email: "second@example.com" })).toHaveLength(0)
  })

  it("the seed gives two approved demo enterprises their owner logins and leaves one application waiting", async () => {
    for (const owner of DEMO_PORTAL.owners) {
      const { data } = await api.post("/auth/enterprise/emailpass", { email: owner.email, password: DEMO_PORTAL.password })
      const me = await api.get("/enterprise/me", bearer(data.token))
      expect(me.data).toMatchObject({ account: { role: "owner" }, enterprise: { handle: owner.enterpriseHandle, status: "active" } })
    }
    const { data } = await api.post("/auth/enterprise/emailpass", { email: DEMO_PORTAL.applicant.email, password: DEMO_PORTAL.password })
    expect((await api.get("/enterprise/me", bearer(data.token))).data.enterprise).toMatchObject({ status: "pending", county: "baihe" })
    const admin = await adminHeaders(api)
    const { data: waiting } = await api.get("/admin/enterprises?status=pending", admin)
    expect(waiting.enterprises.map((e: { name: string }) => e.name)).toContain(DEMO_PORTAL.applicant.enterprise.name)
  })

  it("while its application waits, the owner uploads the business licence and staff see it; nothing else opens", async () => {
    const { data } = await api.post("/enterprise-applications", application(CREDIT_CODES[1]!), bearer(await register("licence@example.com")))
    const owner = await login("licence@example.com")
    const url = await uploadFile(api, owner, "营业执照.pdf", "application/pdf", TINY_PDF)
    const me = await api.post("/enterprise/me", { licence_file_url: url }, owner)
    expect(me.data.enterprise).toMatchObject({ status: "pending", licence_file_url: url })
    const admin = await adminHeaders(api)
    expect((await api.get(`/admin/enterprises/${data.enterprise.id}`, admin)).data.enterprise.licence_file_url).toBe(url)
    // The applicant can open what it attached, to check it, while it waits.
    const opened = await api.get(url, { ...owner, responseType: "arraybuffer" })
    expect(Buffer.from(opened.data).equals(TINY_PDF)).toBe(true)

    // A url the enterprise did not upload is refused, and the rest of the portal stays shut.
    const forged = await expectFailure(api.post("/enterprise/me", { licence_file_url: "http://localhost:9000/static/someone-else.pdf" }, owner))
    expect(forged.status).toBe(404)
    expect(forged.data.message).toMatch(/licence_file_url/)
    expect((await expectFailure(api.get("/enterprise/products", owner))).status).toBe(400)
  })

  it("refuses a licence named in the application itself: it is uploaded and attached after applying", async () => {
    const token = bearer(await register("licence-in-body@example.com"))
    const creditCode = freshCreditCode()
    const refused = await expectFailure(api.post("/enterprise-applications", { ...application(creditCode), licence_file_url: "https://elsewhere.example/licence.pdf" }, token))
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/licence_file_url: apply first, then upload the licence with POST \/enterprise\/uploads/)
    expect(await getContainer().resolve<EnterpriseModuleService>(ENTERPRISE_MODULE).listEnterprises({ credit_code: creditCode })).toEqual([])
  })
})
