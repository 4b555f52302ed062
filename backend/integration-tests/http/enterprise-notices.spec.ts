import http from "node:http"
import type { AddressInfo } from "node:net"
import { Modules } from "@medusajs/framework/utils"
import { renderEmail } from "../../src/modules/smtp-notification/templates"
import { readyCart, regionId, seededVariantId } from "../utils/checkout"
import {
  applyForEnterprise,
  approvedEnterprise,
  enterpriseLogin,
  issuerIdByName,
  moveProductsToEnterprise,
  PORTAL_PASSWORD,
  teaCertificateBody,
  TINY_PDF,
  uploadFile,
  type Headers,
} from "../utils/enterprise"
import { marketingHeaders } from "../utils/marketing"
import { adminHeaders, eventually, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

/**
 * Enterprises and platform staff hear of what concerns them, each role only of its own work. The
 * notifications are read back from the Notification Module (the local provider records e-mails);
 * an SMS gateway on loopback stands for the operator's, so the enterprise's contact phone is texted.
 */
const texts: { to: string; template: string }[] = []
const gateway = http.createServer((req, res) => {
  let raw = ""
  req.on("data", (chunk) => (raw += chunk))
  req.on("end", () => {
    const body = JSON.parse(raw)
    texts.push({ to: body.to, template: body.template })
    res.writeHead(200, { "content-type": "application/json" }).end("{}")
  })
})
const listening = new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", () => resolve()))
const STAFF = "staff@notices.test"
beforeAll(async () => {
  await listening
  Object.assign(process.env, {
    SMS_GATEWAY_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`,
    PLATFORM_STAFF_EMAIL: STAFF,
    STOREFRONT_URL: "https://shop.notices.test",
    MEDUSA_BACKEND_URL: "https://api.notices.test",
  })
})
afterAll(() => gateway.close())

// The contact phone applyForEnterprise gives every test enterprise, as texted (dash dropped).
const CONTACT_PHONE = "09155211234"

seededSuite("seleno_it_enterprise_notices", ({ api, getContainer, store }) => {
  type Sent = { to: string; channel: string; template: string; data: Record<string, unknown> | null }
  const notifications = async (template: string, resourceId: string): Promise<Sent[]> =>
    (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template, resource_id: resourceId })) as unknown as Sent[]
  /** Waits for a notice, then returns every recipient of it: they are all sent in one step. */
  async function recipients(template: string, resourceId: string, channel = "email"): Promise<string[]> {
    const sent = await eventually(async () => ((await notifications(template, resourceId)).length ? notifications(template, resourceId) : null), 30000)
    return sent.filter((n) => n.channel === channel).map((n) => n.to).sort()
  }
  const emailText = async (template: string, resourceId: string, to: string) => {
    const sent = (await notifications(template, resourceId)).find((n) => n.to === to && n.channel === "email")!
    return renderEmail(template, sent.data ?? {})
  }

  async function member(owner: Headers, email: string, role: string) {
    const { data: registered } = await api.post("/auth/enterprise/emailpass/register", { email, password: PORTAL_PASSWORD })
    const { data } = await api.post("/enterprise/invites", { email, role }, owner)
    await api.post("/enterprise-invites/accept", { token: data.token, name: role }, { headers: { authorization: `Bearer ${registered.token}` } })
    return enterpriseLogin(api, email)
  }

  /** An approved enterprise with one member in each role, e-mails `<role>@<domain>`. */
  async function team(domain: string) {
    const owner = await approvedEnterprise(api, `owner@${domain}`, { brandHandle: "ankang-selenium-tea", categoryHandles: ["tea"] })
    for (const role of ["operator", "finance", "packer"]) await member(owner.headers, `${role}@${domain}`, role)
    return owner
  }
  const emails = (domain: string, roles: string[]) => roles.map((r) => `${r}@${domain}`).sort()

  it("tells staff of an application and the owner of its rejection, with the note, by e-mail and SMS", async () => {
    const { enterpriseId } = await applyForEnterprise(api, "owner@rejected.notices.test")
    expect(await recipients("staff-application-submitted", enterpriseId)).toEqual([STAFF])
    const staffMail = await emailText("staff-application-submitted", enterpriseId, STAFF)
    expect(staffMail.subject).toMatch(/^新入驻申请：测试合作社/)
    expect(staffMail.text).toContain(`https://api.notices.test/app/enterprises/${enterpriseId}`)

    await api.post(`/admin/enterprises/${enterpriseId}/review`, { decision: "reject", note: "营业执照照片不清晰" }, await adminHeaders(api))
    expect(await recipients("enterprise-application-rejected", enterpriseId)).toEqual(["owner@rejected.notices.test"])
    const mail = await emailText("enterprise-application-rejected", enterpriseId, "owner@rejected.notices.test")
    expect(mail.subject).toMatch(/^入驻申请未通过/)
    // Chinese first, then English, with the note and the portal link.
    expect(mail.text.indexOf("未通过平台审核")).toBeLessThan(mail.text.indexOf("was rejected"))
    expect(mail.text).toContain("审核意见：营业执照照片不清晰")
    expect(mail.text).toContain("https://shop.notices.test/zh-CN/portal")
    expect(await recipients("enterprise-application-rejected", enterpriseId, "sms")).toEqual([CONTACT_PHONE])
    await eventually(async () => texts.find((t) => t.to === CONTACT_PHONE && t.template === "enterprise-application-rejected"))
  })

  it("tells owner, operator and packer of a new order, and owner and finance (only) of a closed statement", async () => {
    const domain = "orders.notices.test"
    const seller = await team(domain)
    await moveProductsToEnterprise(getContainer(), ["ziyang-maojian-green-tea"], seller.enterpriseId)
    const variant = await seededVariantId(api, store, "ziyang-maojian-green-tea")
    const cartId = await readyCart(api, store, { regionId: await regionId(api, store), items: [{ variant_id: variant, quantity: 2 }], email: "buyer@notices.test" })
    const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(placed.type).toBe("order")

    expect(await recipients("enterprise-order-placed", placed.order.id)).toEqual(emails(domain, ["operator", "owner", "packer"]))
    const mail = await emailText("enterprise-order-placed", placed.order.id, `packer@${domain}`)
    expect(mail.subject).toBe(`新订单 #${placed.order.display_id} | New order`)
    expect(mail.text).toContain("× 2")
    expect(mail.text).toContain(`https://shop.notices.test/zh-CN/portal/orders/${placed.order.id}`)

    const today = new Date().toISOString().slice(0, 10)
    const { data: closed } = await api.post(`/admin/settlements/${seller.enterpriseId}/close`, { from: today, to: today }, seller.admin)
    expect(await recipients("enterprise-settlement-closed", closed.statement.id)).toEqual(emails(domain, ["finance", "owner"]))
    const statement = await emailText("enterprise-settlement-closed", closed.statement.id, `finance@${domain}`)
    expect(statement.text).toContain(`${today} 至 ${today} 的结算单已结账`)
    expect(statement.text).toContain("https://shop.notices.test/zh-CN/portal/settlement")
  })

  it("tells staff of a submitted listing and certificate, and owner and operator of the decisions", async () => {
    const domain = "catalogue.notices.test"
    const seller = await team(domain)
    const { data: brands } = await api.get("/admin/brands?handle=ankang-selenium-tea", seller.admin)
    const brandId = (brands.brands as { id: string; handle: string }[]).find((b) => b.handle === "ankang-selenium-tea")!.id
    const { data: created } = await api.post(
      "/enterprise/products",
      { title: "通知测试茶", title_en: "Notice tea", brand_id: brandId, categories: ["tea"], variants: [{ title: "250克", title_en: "250 g", price: 88, stock: 5 }] },
      seller.headers
    )
    const productId = created.product.id as string
    await api.post(`/enterprise/products/${productId}/submit`, {}, seller.headers)
    expect(await recipients("staff-listing-submitted", productId)).toEqual([STAFF])
    expect((await emailText("staff-listing-submitted", productId, STAFF)).text).toContain(`https://api.notices.test/app/products/${productId}`)

    await api.post(`/admin/products/${productId}/review`, { decision: "reject", note: "请补充产地照片" }, seller.admin)
    expect(await recipients("enterprise-listing-rejected", productId)).toEqual(emails(domain, ["operator", "owner"]))
    const rejected = await emailText("enterprise-listing-rejected", productId, `operator@${domain}`)
    expect(rejected.subject).toBe("商品审核未通过：通知测试茶 | Listing rejected")
    expect(rejected.text).toContain("审核意见：请补充产地照片")
    expect(rejected.text).toContain(`https://shop.notices.test/zh-CN/portal/products/${productId}`)
    // Corrected and sent again, it is news again for staff (not swallowed as a repeat).
    await api.post(`/enterprise/products/${productId}/submit`, {}, seller.headers)
    await eventually(async () => ((await notifications("staff-listing-submitted", productId)).length === 2 ? true : null), 30000)

    const report = await uploadFile(api, seller.headers, "report.pdf", "application/pdf", TINY_PDF)
    const { data: submitted } = await api.post(
      "/enterprise/certificates",
      teaCertificateBody({ number: `SE-N-${Date.now()}`, productId, reportUrl: report, issuerId: await issuerIdByName(api, seller.headers) }),
      seller.headers
    )
    const certificateId = submitted.certificate.id as string
    expect(await recipients("staff-certificate-submitted", certificateId)).toEqual([STAFF])
    await api.post(`/admin/certificates/${certificateId}/review`, { decision: "approve" }, seller.admin)
    expect(await recipients("enterprise-certificate-approved", certificateId)).toEqual(emails(domain, ["operator", "owner"]))
    const approved = await emailText("enterprise-certificate-approved", certificateId, `owner@${domain}`)
    expect(approved.text).toContain("已通过平台审核")
    expect(approved.text).toContain("https://shop.notices.test/zh-CN/portal/certificates")
    expect(await recipients("enterprise-certificate-approved", certificateId, "sms")).toEqual([CONTACT_PHONE])
  })

  it("tells staff of a brand authorization request, and owner and operator of the grant or refusal", async () => {
    const domain = "brands.notices.test"
    const seller = await team(domain)
    const brands = (await api.get("/admin/brands?handle=langao-konjac", seller.admin)).data.brands as { id: string; handle: string }[]
    const langao = brands.find((b) => b.handle === "langao-konjac")!.id
    const ask = async () => (await api.post("/enterprise/brand-authorization-requests", { brand_id: langao, category_handles: ["konjac"], note: "种植魔芋 300 亩" }, seller.headers)).data.brand_authorization_request.id as string

    const refusedId = await ask()
    expect(await recipients("staff-authorization-requested", refusedId)).toEqual([STAFF])
    const staffMail = await emailText("staff-authorization-requested", refusedId, STAFF)
    expect(staffMail.subject).toBe("品牌授权申请：岚皋魔芋 | Brand authorization requested")
    expect(staffMail.text).toContain("https://api.notices.test/app/brand-authorization-requests")
    await api.post(`/admin/brand-authorization-requests/${refusedId}/decide`, { decision: "refuse", note: "请补充种植基地证明" }, seller.admin)
    expect(await recipients("enterprise-authorization-refused", refusedId)).toEqual(emails(domain, ["operator", "owner"]))
    const refusal = await emailText("enterprise-authorization-refused", refusedId, `owner@${domain}`)
    expect(refusal.text).toContain("审核意见：请补充种植基地证明")
    expect(refusal.text).toContain("https://shop.notices.test/zh-CN/portal/brands")

    const grantedId = await ask()
    const until = new Date(Date.now() + 100 * 86400000)
    await api.post(`/admin/brand-authorization-requests/${grantedId}/decide`, { decision: "grant", category_handles: ["konjac"], valid_until: until }, seller.admin)
    expect(await recipients("enterprise-authorization-granted", grantedId)).toEqual(emails(domain, ["operator", "owner"]))
    const grant = await emailText("enterprise-authorization-granted", grantedId, `operator@${domain}`)
    expect(grant.subject).toBe("品牌授权已批准：岚皋魔芋 | Brand authorization granted")
    // The categories by their names and the end date staff chose.
    expect(grant.text).toMatch(new RegExp(`可用于：魔芋.*有效期至 ${until.toISOString().slice(0, 10)}`))
    expect(await recipients("enterprise-authorization-granted", grantedId, "sms")).toEqual([CONTACT_PHONE])
  })

  it("counts what waits for staff in each work queue", async () => {
    const admin = await adminHeaders(api)
    const before = (await api.get("/admin/work-queues", admin)).data
    expect(Object.keys(before).sort()).toEqual(["applications", "authorization_requests", "certificates", "listings", "profile_changes", "report_cases"])
    const { enterpriseId } = await applyForEnterprise(api, "owner@queue.notices.test")
    const { data: products } = await api.get("/admin/products?handle=ziyang-maojian-green-tea&fields=id", admin)
    await api.post("/store/report-cases", { kind: "quality", description: "茶叶有霉味", product_id: products.products[0].id }, { headers: { ...store.headers, "x-forwarded-for": "198.51.200.7" } })
    expect((await api.get("/admin/work-queues", admin)).data).toEqual({ ...before, applications: before.applications + 1, report_cases: before.report_cases + 1 })
    // A decided application leaves the queue; so does a closed case.
    await api.post(`/admin/enterprises/${enterpriseId}/review`, { decision: "approve" }, admin)
    expect((await api.get("/admin/work-queues", admin)).data).toEqual({ ...before, report_cases: before.report_cases + 1 })
    // Marketing staff do not see the platform's queues.
    const marketing = await marketingHeaders(api, getContainer())
    expect((await expectFailure(api.get("/admin/work-queues", marketing))).status).toBe(403)
  })
})
