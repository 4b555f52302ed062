import { readFile } from "node:fs/promises"
import { expect, test, type Page } from "@playwright/test"
import { adminGet, adminPost, createStockedProduct, unique } from "./support/backend"
import { applyByApi } from "./support/enterprise"
import { E2E_BACKEND_URL } from "../ports.mjs"

// The Medusa admin with our extensions (backend/src/admin), served by the backend under /app.
const ADMIN = `${E2E_BACKEND_URL}/app`
const EMAIL = process.env.ADMIN_EMAIL || "admin@example.com"
const PASSWORD = process.env.ADMIN_PASSWORD || "supersecret"

// The seeded batch of 紫阳毛尖富硒绿茶 (see trace.spec.ts).
const GTIN = "06971234000019"
const LOT = "L2026001"

// The dashboard's own texts in English, whatever the suite's default locale is.
test.use({ locale: "en-US" })
// Each test logs in and loads the admin twice: 40–55 s on a busy machine, too close to the default 60 s.
test.slow()

async function logIn(page: Page) {
  await page.goto(`${ADMIN}/login`)
  await page.getByPlaceholder("Email").fill(EMAIL)
  await page.getByPlaceholder("Password").fill(PASSWORD)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem("lng", "en"))
  await logIn(page)
})

test("the sidebar opens Brands and the brand tree lists 安康富硒茶", async ({ page }) => {
  await page.getByRole("link", { name: "Brands" }).click()
  await expect(page).toHaveURL(/\/app\/brands$/)
  await expect(page.getByRole("heading", { level: 1, name: "Brands" })).toBeVisible()
  const table = page.getByRole("table", { name: "Brands" })
  await expect(table.getByRole("link", { name: "安康富硒茶", exact: true })).toBeVisible()
  // A county brand sits beneath its regional brand.
  await expect(table.getByRole("link", { name: "紫阳富硒茶", exact: true })).toBeVisible()

  await table.getByRole("link", { name: "安康富硒茶", exact: true }).click()
  await expect(page.getByRole("heading", { level: 1, name: "安康富硒茶" })).toBeVisible()
  await expect(page.getByRole("form", { name: "Edit brand" }).getByLabel("Name", { exact: true })).toHaveValue("安康富硒茶")
})

test("the Expired tab of Certificates shows the Lichuan tea certificate that ran out", async ({ page }) => {
  await page.getByRole("link", { name: "Certificates" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Certificates" })).toBeVisible()
  await page.getByRole("tab", { name: "Expired", exact: true }).click()

  const expired = page.getByRole("tabpanel")
  const row = expired.getByRole("row").filter({ hasText: "利川红工夫红茶" })
  await expect(row).toHaveCount(1)
  await expect(row.getByText(/^ESSE-2024-\d{4}$/)).toBeVisible()
  await expect(row.getByText("Expired", { exact: true })).toBeVisible()
  // Only expired certificates are on this tab.
  await expect(expired.getByText("Valid", { exact: true })).toHaveCount(0)
})

test("a trace batch shows its event timeline and downloads its label sheet", async ({ page }) => {
  await page.getByRole("link", { name: "Trace batches" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Trace batches" })).toBeVisible()
  await page.getByRole("row").filter({ hasText: GTIN }).filter({ hasText: LOT }).getByRole("link").click()

  await expect(page.getByRole("heading", { level: 1, name: new RegExp(LOT) })).toBeVisible()
  const events = page.getByRole("list", { name: "Events" })
  await expect(events.getByRole("listitem").first()).toBeVisible()
  await expect(events.getByText("Harvested", { exact: true })).toBeVisible()
  await expect(events.getByText("Shipped", { exact: true })).toBeVisible()

  await page.getByRole("combobox", { name: "Label size" }).click()
  await page.getByRole("option", { name: /^50 × 30 mm · 4 × 9/ }).click()
  const downloading = page.waitForEvent("download")
  await page.getByRole("button", { name: "Print labels (PDF)" }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`labels-${GTIN}-${LOT}-50x30.pdf`)
  const pdf = await readFile(await download.path())
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
})

test("a product page shows the origin widget with brand, enterprise and certification", async ({ page }) => {
  const { products } = await adminGet<{ products: { id: string }[] }>("/admin/products?handle=ziyang-maojian-green-tea&fields=id")
  await page.goto(`${ADMIN}/products/${products[0]!.id}`)

  const origin = page.getByRole("region", { name: "Origin" })
  await expect(origin).toBeVisible()
  await expect(origin.getByText(/紫阳富硒茶/).first()).toBeVisible()
  await expect(origin.getByRole("link", { name: "紫阳县富硒茶业有限公司" })).toBeVisible()
  await expect(origin.getByText("Certified (富硒认证)")).toBeVisible()
  await expect(origin.getByRole("button", { name: "Save origin" })).toBeVisible()
})

test("a pending enterprise's page decides its application: a rejection needs a reason, approval activates it", async ({ page }) => {
  const name = `审核测试合作社 ${unique()}`
  const id = await applyByApi(`review-${unique()}@enterprise.example.com`, name, "portal-pass-1")
  await page.goto(`${ADMIN}/enterprises/${id}`)
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible()
  // The enterprise's own section (the toast after a decision is outside it).
  const section = page.getByRole("region", { name })
  await expect(section.getByText("Pending", { exact: true })).toBeVisible()

  await page.getByRole("button", { name: "Reject application" }).click()
  await expect(page.getByText(/note must say why the application is rejected/)).toBeVisible()
  await page.getByRole("button", { name: "Approve application" }).click()
  await expect(page.getByText("Application approved", { exact: true })).toBeVisible()
  await expect(section.getByText("Active", { exact: true })).toBeVisible()
  await expect(page.getByRole("button", { name: "Approve application" })).toHaveCount(0)
  const { enterprise } = await adminGet<{ enterprise: { status: string } }>(`/admin/enterprises/${id}`)
  expect(enterprise.status).toBe("active")
})

test("a listing waiting for review is published from its product page, and a rejection needs a reason", async ({ page }) => {
  const suffix = unique()
  const { id } = await createStockedProduct({ title: `待审核绿茶 ${suffix}`, handle: `review-tea-${suffix}`, price: 18, stock: 3 })
  await adminPost(`/admin/products/${id}`, { status: "proposed" })
  await page.goto(`${ADMIN}/products/${id}`)
  await expect(page.getByRole("heading", { name: "Listing review" })).toBeVisible()
  await page.getByRole("button", { name: "Reject listing" }).click()
  await expect(page.getByText(/note/)).toBeVisible()
  await page.getByRole("button", { name: "Approve and publish" }).click()
  await expect(page.getByText("Listing approved and published", { exact: true })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Listing review" })).toHaveCount(0)
  const { product } = await adminGet<{ product: { status: string } }>(`/admin/products/${id}?fields=status`)
  expect(product.status).toBe("published")
})
