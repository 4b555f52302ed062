import { describe, expect, it } from "vitest"
import { contentSecurityPolicy, pageSecurityHeaders } from "./security-headers.mjs"

const directive = (policy, name) => policy.split("; ").find((d) => d.startsWith(`${name} `))

describe("storefront security headers", () => {
  it("load images only from the page's origin and the file store, and scripts from nowhere else", () => {
    const policy = contentSecurityPolicy({ NODE_ENV: "production", MEDUSA_BACKEND_URL: "https://api.seleno.cn", S3_FILE_URL: "https://files.seleno.cn/bucket" })
    expect(directive(policy, "img-src")).toBe("img-src 'self' data: blob: https://api.seleno.cn https://files.seleno.cn")
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'unsafe-inline'")
    expect(directive(policy, "connect-src")).toBe("connect-src 'self'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).not.toContain("stripe")
  })

  it("open Stripe's hosts only when Stripe keys are set", () => {
    const policy = contentSecurityPolicy({ NODE_ENV: "production", STRIPE_PUBLISHABLE_KEY: "pk_test_x" })
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'unsafe-inline' https://js.stripe.com")
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' https://api.stripe.com")
    expect(directive(policy, "frame-src")).toContain("https://hooks.stripe.com")
  })

  it("ignore a file URL that is not http(s), and send HSTS in deployment mode only", () => {
    expect(directive(contentSecurityPolicy({ NODE_ENV: "production", S3_FILE_URL: "javascript:alert(1)" }), "img-src")).toBe("img-src 'self' data: blob:")
    expect(pageSecurityHeaders({ NODE_ENV: "production" })["Strict-Transport-Security"]).toBeUndefined()
    expect(pageSecurityHeaders({ NODE_ENV: "production", SELENO_ENV: "production" })["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains")
  })
})
