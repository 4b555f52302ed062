import { expect, test } from "@playwright/test"
import { adminGet } from "./support/backend"
import { E2E_BACKEND_URL as BACKEND } from "../ports.mjs"

// Issue 18, finding 1: marketing staff uploaded an HTML page declared image/png to POST
// /admin/uploads; served from /static as text/html on the admin's origin, its script read
// /admin/users/me and created an admin invite when an admin opened it.

const MARKETING = { email: "marketing@example.com", password: process.env.DEMO_MARKETING_PASSWORD || "seleno-marketing" }
const ADMIN = { email: process.env.ADMIN_EMAIL || "admin@example.com", password: process.env.ADMIN_PASSWORD || "supersecret" }

const attacker = (email: string) =>
  `<!doctype html><script>fetch('/admin/users/me').then(()=>fetch('/admin/invites',{method:'POST',credentials:'include',headers:{'content-type':'application/json'},body:JSON.stringify({email:'${email}'})}))</script>`

/** 1×1 PNG (IHDR, IDAT, IEND). */
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63d0cfb6ff0f00037f01d9e27961100000000049454e44ae426082",
  "hex"
)

async function token(credentials: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${BACKEND}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(credentials) })
  return ((await response.json()) as { token: string }).token
}

async function upload(auth: string, bytes: Buffer, name: string, type: string) {
  const form = new FormData()
  form.append("files", new Blob([new Uint8Array(bytes)], { type }), name)
  const response = await fetch(`${BACKEND}/admin/uploads`, { method: "POST", headers: { authorization: `Bearer ${auth}` }, body: form })
  return { status: response.status, body: (await response.json()) as { code?: string; message?: string; files?: { url: string }[] } }
}

test("an HTML page uploaded as an image never runs on the admin's origin", async ({ page }) => {
  const evil = `evil-${Date.now()}@example.com`
  const marketing = await token(MARKETING)

  // Declared image/png, but the bytes are a page: refused, for marketing as for platform staff.
  for (const auth of [marketing, await token(ADMIN)]) {
    const refused = await upload(auth, Buffer.from(attacker(evil)), "hero.png", "image/png")
    expect(refused.status).toBe(400)
    expect(refused.body.code).toBe("file_type")
    expect(refused.body.message).toContain("hero.png")
  }

  // A real picture with the page appended: stored as the picture only, under .png.
  const stored = await upload(marketing, Buffer.concat([PNG, Buffer.from(attacker(evil))]), "hero.html", "image/png")
  expect(stored.status).toBe(200)
  const url = stored.body.files![0]!.url
  expect(url).toMatch(/\/static\/\d+-hero\.png$/)

  // An admin, signed in to the admin on the same origin, opens the link.
  await page.addInitScript(() => window.localStorage.setItem("lng", "en"))
  await page.goto(`${BACKEND}/app/login`)
  await page.getByPlaceholder("Email").fill(ADMIN.email)
  await page.getByPlaceholder("Password").fill(ADMIN.password)
  await page.getByRole("button", { name: /Continue with Email|使用邮箱继续/ }).click()
  await expect(page).not.toHaveURL(/\/login/)
  // The admin app itself keeps loading its dashboard after sign-in; only what the opened file's own
  // document requests counts.
  await page.waitForLoadState("networkidle")
  const requests: string[] = []
  page.on("request", (request) => {
    if (request.frame().url() === url) requests.push(request.url())
  })
  const response = await page.goto(url)
  expect(response!.headers()).toMatchObject({
    "content-type": "image/png",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
  })
  expect(await page.evaluate(() => document.contentType)).toBe("image/png")
  await page.waitForTimeout(1000)
  expect(requests.filter((r) => r.includes("/admin/"))).toEqual([])
  const { invites } = await adminGet<{ invites: { email: string }[] }>("/admin/invites?limit=100")
  expect(invites.map((i) => i.email)).not.toContain(evil)
})
