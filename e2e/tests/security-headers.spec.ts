import { expect, test } from "@playwright/test"
import { E2E_BACKEND_URL } from "../ports.mjs"
import { adminToken } from "./support/backend"

// Storefront pages, the portal and the API are never framed nor sniffed, and send only
// their origin on as referrer; a NUL byte or a negative limit is a 400 that says what to fix.
const EXPECTED = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
}

test("storefront, portal and API answer with the security headers", async ({ request }) => {
  for (const url of ["/zh-CN", "/en/store", "/zh-CN/portal/login", "/zh-CN/no-such-page"]) {
    const response = await request.get(url)
    expect(response.headers(), url).toMatchObject(EXPECTED)
    const policy = response.headers()["content-security-policy"]
    expect(policy, url).toContain("frame-ancestors 'none'")
    // Scripts from this origin only (and Stripe.js, which this suite turns on); images also from the backend's file store.
    expect(policy, url).toMatch(/script-src 'self' 'unsafe-inline' https:\/\/js\.stripe\.com;/)
    expect(policy, url).toContain(`img-src 'self' data: blob: ${new URL(E2E_BACKEND_URL).origin}`)
  }
  const api = await request.get(`${E2E_BACKEND_URL}/admin/products?limit=-1`, { headers: { authorization: `Bearer ${await adminToken()}` } })
  expect(api.status()).toBe(400)
  expect(api.headers()).toMatchObject(EXPECTED)
  expect(await api.json()).toMatchObject({ code: "paging_invalid", message: expect.stringMatching(/^limit must be a whole number/) })
})

test("the admin, and Medusa's own refusals, carry the headers too; the admin runs only its own scripts", async ({ request }) => {
  const unauthenticated = await request.get(`${E2E_BACKEND_URL}/admin/products`)
  expect(unauthenticated.status()).toBe(401)
  expect(unauthenticated.headers()).toMatchObject(EXPECTED)
  expect(unauthenticated.headers()["content-security-policy"]).toContain("frame-ancestors 'none'")
  const admin = await request.get(`${E2E_BACKEND_URL}/app/login`)
  expect(admin.status()).toBe(200)
  expect(admin.headers()).toMatchObject(EXPECTED)
  expect(admin.headers()["content-security-policy"]).toMatch(/script-src 'self';.*frame-ancestors 'none'/)
})

test("a page cannot be framed by another site", async ({ page }) => {
  const blocked: string[] = []
  page.on("console", (message) => {
    if (/frame|ancestors|X-Frame-Options/i.test(message.text())) blocked.push(message.text())
  })
  await page.setContent(`<iframe src="${test.info().project.use.baseURL}/zh-CN" width="400" height="300"></iframe>`)
  await expect.poll(() => blocked.length, { timeout: 15_000 }).toBeGreaterThan(0)
  const frame = page.frames().find((f) => f !== page.mainFrame())
  expect(await frame?.evaluate(() => document.title).catch(() => "")).not.toMatch(/硒/)
})
