import { Modules } from "@medusajs/framework/utils"
import { readyCart, regionId, seededVariantId } from "../utils/checkout"
import { startSmtpCapture, type SmtpCapture } from "../utils/smtp-capture"
import { eventually } from "../utils/store"
import { seededSuite } from "../utils/suite"

// A real SMTP server on loopback; the app boots with SMTP_HOST pointing at it, so medusa-config.ts
// registers our SMTP provider instead of the local (logging) one. This top-level hook runs before
// the runner's own beforeAll, which loads the config and boots the app.
let smtp: SmtpCapture
beforeAll(async () => {
  smtp = await startSmtpCapture({ auth: { user: "seleno-mailer", password: "smtp-it-password" } })
  Object.assign(process.env, {
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtp.port),
    SMTP_USER: "seleno-mailer",
    SMTP_PASSWORD: "smtp-it-password",
    SMTP_SECURE: "false",
    MAIL_FROM: "硒诺 Seleno <no-reply@seleno.test>",
    STOREFRONT_URL: "https://shop.seleno.test",
  })
})
afterAll(async () => {
  await smtp?.close()
})

const mailTo = (to: string, subject: RegExp) =>
  eventually(async () => smtp.messages.find((m) => m.envelopeTo.includes(to) && subject.test(m.mail.subject ?? "")), 30000)

seededSuite("seleno_it_smtp", ({ api, getContainer, store }) => {
  it("sends the order confirmation as a real e-mail to the buyer", async () => {
    const region = await regionId(api, store)
    const variant = await seededVariantId(api, store, "ziyang-maojian-green-tea")
    const cartId = await readyCart(api, store, { regionId: region, items: [{ variant_id: variant, quantity: 2 }], email: "smtp-buyer@example.com" })
    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    expect(data.type).toBe("order")
    const got = await mailTo("smtp-buyer@example.com", /订单确认/)
    expect(got.mail.subject).toBe(`订单确认 #${data.order.display_id} | Order confirmation`)
    expect(got.mail.to && "text" in got.mail.to ? got.mail.to.text : "").toContain("smtp-buyer@example.com")
    expect(got.mail.from?.text).toContain("no-reply@seleno.test")
    expect(got.mail.text).toContain("× 2")
    expect(got.mail.text).toContain(`实付 ¥${(Math.round(data.order.total * 100) / 100).toFixed(2)}`)
    expect(got.mail.html).toContain('lang="zh-CN"')
    expect(smtp.logins).toContain("seleno-mailer")
    // The module marks the notification sent once the provider has answered, just after the mail arrives.
    const sent = await eventually(async () => {
      const [row] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "order-confirmation", resource_id: data.order.id })
      return row?.status === "pending" ? null : row
    })
    // Sent by our SMTP provider (not the local one): its id is the message's SMTP Message-ID.
    expect(sent?.provider_id).toBe("smtp")
    expect(sent?.status).toBe("success")
    expect(sent?.external_id).toBe(got.mail.messageId)
  })

  it("sends the password reset link as a real e-mail to the customer", async () => {
    await api.post("/auth/customer/emailpass/register", { email: "smtp-reset@example.com", password: "old-password-1" })
    await api.post("/auth/customer/emailpass/reset-password", { identifier: "smtp-reset@example.com" })
    const got = await mailTo("smtp-reset@example.com", /重置密码/)
    expect(got.mail.subject).toBe("重置密码 | Reset your password")
    const link = got.mail.text!.match(/https:\/\/shop\.seleno\.test\/\S+/)?.[0]
    expect(link).toBeTruthy()
    const url = new URL(link!)
    expect(url.pathname).toBe("/zh-CN/account/reset-password")
    expect(url.searchParams.get("email")).toBe("smtp-reset@example.com")
    const token = url.searchParams.get("token")!
    expect(token.length).toBeGreaterThan(20)
    // The link works: its token sets a new password, and the customer signs in with it.
    await api.post(`/auth/customer/emailpass/update`, { email: "smtp-reset@example.com", password: "new-password-1" }, { headers: { authorization: `Bearer ${token}` } })
    const { data } = await api.post("/auth/customer/emailpass", { email: "smtp-reset@example.com", password: "new-password-1" })
    expect(data.token).toBeTruthy()
  })
})
