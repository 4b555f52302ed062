import http from "node:http"
import type { AddressInfo } from "node:net"
import { Modules } from "@medusajs/framework/utils"
import { readyCart, regionId, seededVariantId } from "../utils/checkout"
import { approvedEnterprise, moveProductsToEnterprise } from "../utils/enterprise"
import { ANKANG_ADDRESS, eventually } from "../utils/store"
import { seededSuite } from "../utils/suite"

/**
 * SMS on the `sms` channel through an HTTP gateway: a real HTTP server on loopback stands for the
 * operator's gateway (Aliyun/Tencent fronted by a small service) and records what it receives.
 * SMS_GATEWAY_URL is set before the app boots, so medusa-config registers the provider.
 */
type Received = { authorization?: string; contentType?: string; body: { to: string; template: string; params: Record<string, unknown> } }
const received: Received[] = []
const gateway = http.createServer((req, res) => {
  let raw = ""
  req.on("data", (chunk) => (raw += chunk))
  req.on("end", () => {
    received.push({ authorization: req.headers.authorization, contentType: req.headers["content-type"], body: JSON.parse(raw) })
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `sms_${received.length}` }))
  })
})
const GATEWAY_TOKEN = "gateway-token-for-tests"
// Listening before the runner boots the app (top-level await is not available in CommonJS tests).
const listening = new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", () => resolve()))
process.env.SMS_GATEWAY_TOKEN = GATEWAY_TOKEN
// The port is only known once listening; the provider reads the URL when the app boots, after beforeAll below.
beforeAll(async () => {
  await listening
  process.env.SMS_GATEWAY_URL = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`
})
afterAll(() => gateway.close())

const sentTo = (to: string, template: string) => eventually(async () => received.find((r) => r.body.to === to && r.body.template === template))

seededSuite("seleno_it_sms", ({ api, getContainer, store }) => {
  it("sends a customer with a phone the password-reset link by SMS as well as by e-mail", async () => {
    const email = "sms-reset@example.com"
    const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password: "old-password-1" })
    await api.post("/store/customers", { email, first_name: "伟", last_name: "张", phone: "139 0013 9000" }, { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } })
    await api.post("/auth/customer/emailpass/reset-password", { identifier: email })

    const sms = await sentTo("13900139000", "password-reset")
    expect(sms.authorization).toBe(`Bearer ${GATEWAY_TOKEN}`)
    expect(sms.contentType).toContain("application/json")
    const url = new URL(String(sms.body.params.url))
    expect(url.pathname).toBe("/zh-CN/account/reset-password")
    expect(url.searchParams.get("email")).toBe(email)
    expect(url.searchParams.get("token")).toBeTruthy()
    // The e-mail went too, with the same link; the SMS is recorded as sent by the gateway provider.
    const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "password-reset" })
    expect(notifications.find((n) => n.to === email && n.channel === "email")?.data?.url).toBe(sms.body.params.url)
    expect(notifications.find((n) => n.to === "13900139000")).toMatchObject({ channel: "sms", status: "success", external_id: expect.stringMatching(/^sms_/) })
  })

  it("sends no SMS to a customer without a phone, nor for an admin user's reset", async () => {
    received.length = 0
    const email = "no-phone@example.com"
    const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password: "old-password-1" })
    await api.post("/store/customers", { email, first_name: "芳", last_name: "李" }, { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } })
    await api.post("/auth/customer/emailpass/reset-password", { identifier: email })
    await api.post("/auth/user/emailpass/reset-password", { identifier: "admin@example.com" })
    const service = getContainer().resolve(Modules.NOTIFICATION)
    await eventually(async () => (await service.listNotifications({ to: email })).length > 0 || undefined)
    await eventually(async () => (await service.listNotifications({ to: "admin@example.com" })).length > 0 || undefined)
    expect(await service.listNotifications({ channel: "sms" })).toEqual([])
    expect(received).toEqual([])
  })

  it("tells the shopper by SMS and e-mail when an enterprise ships their parcel", async () => {
    const seller = await approvedEnterprise(api, "sms-seller@orders.example.com")
    await moveProductsToEnterprise(getContainer(), ["ziyang-maojian-green-tea"], seller.enterpriseId)
    const variant = await seededVariantId(api, store, "ziyang-maojian-green-tea")
    const cartId = await readyCart(api, store, { regionId: await regionId(api, store), items: [{ variant_id: variant, quantity: 1 }], email: "shipped@example.com" })
    const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(placed.type).toBe("order")

    const { status } = await api.post(`/enterprise/orders/${placed.order.id}/fulfillments`, { carrier: "sf", tracking_number: "SF1234567890123" }, seller.headers)
    expect(status).toBe(201)

    const sms = await sentTo(ANKANG_ADDRESS.phone, "order-shipped")
    expect(sms.body.params).toMatchObject({
      display_id: placed.order.display_id,
      carrier: { code: "sf", name: { zh: "顺丰速运" } },
      tracking_number: "SF1234567890123",
      items: [{ title: expect.any(String), quantity: 1 }],
    })
    const emails = await eventually(async () => {
      const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "shipped@example.com", template: "order-shipped" })
      return sent.length ? sent : undefined
    })
    expect(emails).toHaveLength(1)
    expect(emails[0]).toMatchObject({ channel: "email", resource_id: placed.order.id, data: { tracking_number: "SF1234567890123" } })
  })
})
