import { securityHeaders } from "../security-headers"

describe("securityHeaders", () => {
  it("never lets an answer be framed or sniffed, and keeps referrers to the origin", () => {
    for (const url of ["/store/products", "/app/orders", "/static/1-a.png", "/health"]) {
      expect(securityHeaders(url, {})).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "strict-origin-when-cross-origin" })
      expect(securityHeaders(url, {})["Content-Security-Policy"]).toContain("frame-ancestors 'none'")
    }
  })

  it("makes stored files inert and lets the admin run only its own scripts", () => {
    expect(securityHeaders("/static/evil.png?x=1", {})["Content-Security-Policy"]).toMatch(/default-src 'none'.*sandbox/)
    expect(securityHeaders("/STATIC/evil.html", {})["Content-Security-Policy"]).toContain("sandbox")
    const admin = securityHeaders("/app/settings", {})["Content-Security-Policy"]!
    expect(admin).toContain("script-src 'self'")
    expect(admin).not.toContain("unsafe-eval")
    expect(securityHeaders("/apple", {})["Content-Security-Policy"]).toBe("default-src 'none'; frame-ancestors 'none'")
  })

  it("adds HSTS in deployment mode only", () => {
    expect(securityHeaders("/store/products", {})["Strict-Transport-Security"]).toBeUndefined()
    expect(securityHeaders("/store/products", { SELENO_ENV: "production" })["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains")
  })
})
