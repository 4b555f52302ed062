import { startSmtpCapture, type SmtpCapture } from "../../../../integration-tests/utils/smtp-capture"
import { SmtpNotificationService } from "../service"
import { smtpOptionProblems, smtpOptionsFromEnv } from "../settings"
import { ENTERPRISE_NOTICE_KINDS, STAFF_NOTICE_KINDS } from "@seleno/domain"
import { EMAIL_TEMPLATES, enterpriseNoticeTemplate, renderEmail, staffNoticeTemplate } from "../templates"

// The real nodemailer transport against a real SMTP server on loopback (no mocks).
const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn(), debug: jest.fn() } as never
let smtp: SmtpCapture

beforeAll(async () => {
  smtp = await startSmtpCapture({ auth: { user: "mailer", password: "mail-secret" } })
})
afterAll(() => smtp.close())

const options = () => ({ host: "127.0.0.1", port: smtp.port, secure: false, user: "mailer", password: "mail-secret", from: "硒诺 <no-reply@seleno.test>" })

describe("SMTP notification provider", () => {
  it("reads its settings from the environment, and none without SMTP_HOST", () => {
    expect(smtpOptionsFromEnv({})).toBeNull()
    expect(smtpOptionsFromEnv({ SMTP_HOST: "smtp.example.cn", SMTP_SECURE: "true", MAIL_FROM: "a@b.cn" })).toEqual({
      host: "smtp.example.cn",
      port: 465,
      secure: true,
      user: undefined,
      password: undefined,
      from: "a@b.cn",
    })
    expect(smtpOptionsFromEnv({ SMTP_HOST: "smtp.example.cn", SMTP_PORT: "2525" })?.port).toBe(2525)
    expect(smtpOptionProblems({ host: "h", port: 0, from: "", user: "u" })).toEqual([
      "SMTP_PORT must be a port number (got 0)",
      "MAIL_FROM is empty",
      "SMTP_USER is set but SMTP_PASSWORD is not",
    ])
    expect(() => SmtpNotificationService.validateOptions({ host: "" })).toThrow(/SMTP_HOST is empty/)
  })

  it("sends a password reset over SMTP, logged in, with the link in text and HTML", async () => {
    const service = new SmtpNotificationService({ logger }, options())
    const url = "https://shop.example.cn/zh-CN/account/reset-password?token=abc&email=a%40b.cn"
    const result = await service.send({ to: "a@b.cn", channel: "email", template: "password-reset", data: { url } })
    expect(result.id).toBeTruthy()
    const got = smtp.messages.find((m) => m.mail.messageId === result.id)!
    expect(got.envelopeTo).toEqual(["a@b.cn"])
    expect(smtp.logins).toContain("mailer")
    expect(got.mail.subject).toBe("重置密码 | Reset your password")
    expect(got.mail.from?.text).toContain("no-reply@seleno.test")
    expect(got.mail.text).toContain(url)
    expect(got.mail.html).toContain(`href="${url.replace(/&/g, "&amp;")}"`)
    // Chinese first.
    expect(got.mail.text!.indexOf("重置密码")).toBeLessThan(got.mail.text!.indexOf("Reset password"))
  })

  it("refuses wrong credentials with an error, so the notification is marked failed", async () => {
    const service = new SmtpNotificationService({ logger }, { ...options(), password: "wrong" })
    await expect(service.send({ to: "a@b.cn", channel: "email", template: "password-reset", data: { url: "x" } })).rejects.toThrow(/Invalid|auth/i)
  })

  it("has a template for every enterprise and staff notice, Chinese first, with its link and note", () => {
    for (const kind of ENTERPRISE_NOTICE_KINDS) expect(EMAIL_TEMPLATES).toContain(enterpriseNoticeTemplate(kind))
    for (const kind of STAFF_NOTICE_KINDS) expect(EMAIL_TEMPLATES).toContain(staffNoticeTemplate(kind))
    const rejected = renderEmail("enterprise-listing-rejected", { title: "紫阳毛尖", note: "请补充检测报告", url: "https://shop.test/zh-CN/portal/products/prod_1" })
    expect(rejected.subject).toBe("商品审核未通过：紫阳毛尖 | Listing rejected")
    expect(rejected.text.indexOf("审核意见：请补充检测报告")).toBeLessThan(rejected.text.indexOf("Reviewer's note"))
    expect(rejected.text).toContain("在企业后台查看：https://shop.test/zh-CN/portal/products/prod_1")
    const approved = renderEmail("enterprise-listing-approved", { title: "紫阳毛尖", note: null, url: "u" })
    expect(approved.text).not.toContain("审核意见")
    const statement = renderEmail("enterprise-settlement-closed", { enterprise: "汉阴合作社", from: "2026-11-01", to: "2026-11-30", orders: 3, payout_fen: 12345, url: "u" })
    expect(statement.text).toContain("汉阴合作社 2026-11-01 至 2026-11-30 的结算单已结账：订单 3 笔，应付 ¥123.45。")
  })

  it("renders every template the code sends, and refuses an unknown one", () => {
    for (const template of EMAIL_TEMPLATES) {
      const { subject, text, html } = renderEmail(template, {})
      expect(subject.length).toBeGreaterThan(3)
      expect(text).toContain("Seleno")
      expect(html).toMatch(/^<!doctype html>/)
    }
    expect(() => renderEmail("nope", {})).toThrow(/No e-mail template "nope"/)
    const order = renderEmail("order-confirmation", {
      display_id: 42,
      items: [{ title: "紫阳毛尖", quantity: 2 }],
      totals: { items_fen: 25600, discounts: [], shipping: [{ id: "s", name: "顺丰特快", amount_fen: 2200 }], tax_included_fen: 3000, total_fen: 27800 },
    })
    expect(order.subject).toBe("订单确认 #42 | Order confirmation")
    expect(order.text).toContain("紫阳毛尖 × 2")
    expect(order.text).toContain("运费（顺丰特快） ¥22.00")
    expect(order.text).toContain("实付 ¥278.00")
    expect(renderEmail("report-case-staff", { product: "<script>" }).html).not.toContain("<script>")
  })
})
