import { passwordResetLink } from "../password-reset-link"

const base = { email: "a+b@example.com", token: "t.o.k", storefrontUrl: "https://shop.example.cn", adminUrl: "https://api.example.cn" }

describe("passwordResetLink", () => {
  it("sends customers to the account page and enterprises to the portal, in the locale asked in", () => {
    expect(passwordResetLink({ ...base, actorType: "customer" })).toBe("https://shop.example.cn/zh-CN/account/reset-password?token=t.o.k&email=a%2Bb%40example.com")
    expect(passwordResetLink({ ...base, actorType: "enterprise", locale: "en" })).toBe("https://shop.example.cn/en/portal/reset-password?token=t.o.k&email=a%2Bb%40example.com")
  })

  it("sends staff to the admin and ignores a locale the storefront does not have", () => {
    expect(passwordResetLink({ ...base, actorType: "user" })).toBe("https://api.example.cn/app/reset-password?token=t.o.k&email=a%2Bb%40example.com")
    expect(passwordResetLink({ ...base, actorType: "enterprise", locale: "../admin" })).toContain("/zh-CN/portal/reset-password?")
  })
})
