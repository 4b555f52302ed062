import { expect, test, type Page } from "@playwright/test"
import { adminGet, adminPost, unique } from "./support/backend"
import { applyByApi, backendApi } from "./support/enterprise"
import { E2E_BACKEND_URL } from "../ports.mjs"

// Our admin extensions in the dashboard's two languages, and what a refused staff role sees.
const ADMIN = `${E2E_BACKEND_URL}/app`
const PLATFORM = { email: process.env.ADMIN_EMAIL || "admin@example.com", password: process.env.ADMIN_PASSWORD || "supersecret" }
const MARKETING = { email: "marketing@example.com", password: process.env.DEMO_MARKETING_PASSWORD || "seleno-marketing" }

// Each test loads the admin two or three times; on a busy machine one load can take 20 s.
test.slow()

/**
 * Logs in with the dashboard in `lng`: Medusa's language setting (Profile → Language) is i18next's
 * `lng`, kept in localStorage and a cookie; setting it before the page loads is what that choice does.
 */
async function logIn(page: Page, who: { email: string; password: string }, lng: "zhCN" | "en") {
  await page.context().addCookies([{ name: "lng", value: lng, url: E2E_BACKEND_URL }])
  await page.addInitScript((value) => window.localStorage.setItem("lng", value), lng)
  await page.goto(`${ADMIN}/login`)
  await page.getByRole("textbox").first().fill(who.email)
  await page.locator('input[type="password"]').fill(who.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).not.toHaveURL(/\/login/)
}

test("in 简体中文 the brand pages are Chinese and regions and counties are picked by name", async ({ page }) => {
  await logIn(page, PLATFORM, "zhCN")
  // The sidebar entry is translated through the route's translationNs.
  await page.getByRole("link", { name: "品牌", exact: true }).click()
  await expect(page).toHaveURL(/\/app\/brands$/)
  await expect(page.getByRole("heading", { level: 1, name: "品牌" })).toBeVisible()
  const table = page.getByRole("table", { name: "品牌" })
  await expect(table.getByRole("columnheader", { name: "地区" })).toBeVisible()
  // Region codes are shown by their names.
  await expect(table.getByRole("row").filter({ hasText: "紫阳富硒茶" }).getByText("安康市")).toBeVisible()

  await page.getByRole("button", { name: "创建品牌" }).click()
  const form = page.getByRole("form", { name: "创建品牌" })
  await form.getByRole("combobox", { name: "地区" }).click()
  await page.getByRole("option", { name: "安康市" }).click()
  const counties = form.getByRole("group", { name: "县区" })
  await expect(counties.getByRole("checkbox", { name: "紫阳县" })).toBeVisible()
  // Only the chosen region's counties.
  await expect(counties.getByRole("checkbox", { name: "于都县" })).toHaveCount(0)
  await counties.getByRole("checkbox", { name: "紫阳县" }).check()
  await expect(counties.getByRole("checkbox", { name: "紫阳县" })).toBeChecked()

  // A value the API refuses is named in Chinese, not in the validator's English.
  await form.getByLabel("标识（handle）").fill("Bad Handle")
  await form.getByLabel("名称").fill("测试品牌")
  await form.getByRole("button", { name: "创建", exact: true }).click()
  await expect(form.getByRole("alert")).toHaveText("「标识（handle）」填写不符合要求，请检查后再提交。")
  await expect(form.getByText(/may only use|Invalid request/)).toHaveCount(0)
})

test("in 简体中文 commission is set in percent, saved in basis points, and the toast says what was decided", async ({ page }) => {
  const name = `佣金测试合作社 ${unique()}`
  const id = await applyByApi(`commission-${unique()}@enterprise.example.com`, name, "portal-pass-1")
  await logIn(page, PLATFORM, "zhCN")
  await page.goto(`${ADMIN}/enterprises/${id}`)
  const section = page.getByRole("region", { name })
  await expect(section.getByText("待审核", { exact: true })).toBeVisible()

  await page.getByRole("button", { name: "批准入驻申请" }).click()
  await expect(page.getByText("入驻申请已批准", { exact: true })).toBeVisible()
  await expect(section.getByText("正常", { exact: true })).toBeVisible()

  await page.getByRole("button", { name: "设置佣金" }).click()
  const drawer = page.getByRole("form", { name: "设置佣金" })
  await drawer.getByLabel("佣金（%）").fill("7.5")
  await drawer.getByRole("button", { name: "设置佣金" }).click()
  await expect(page.getByText("佣金已保存", { exact: true })).toBeVisible()
  await expect(section.getByText("7.50 %", { exact: true })).toBeVisible()
  const { enterprise } = await adminGet<{ enterprise: { commission_bps: number } }>(`/admin/enterprises/${id}`)
  expect(enterprise.commission_bps).toBe(750)
})

test("in 简体中文 staff find a brand request under 待办 and grant it with the categories and end date they choose", async ({ page }) => {
  const email = `brand-queue-${unique()}@enterprise.example.com`
  const name = `授权审核合作社 ${unique()}`
  const id = await applyByApi(email, name, "portal-pass-1")
  await adminPost(`/admin/enterprises/${id}/review`, { decision: "approve" })
  const { token } = await backendApi<{ token: string }>("/auth/enterprise/emailpass", { body: { email, password: "portal-pass-1" } })
  const { brands } = await adminGet<{ brands: { id: string; handle: string }[] }>("/admin/brands?handle=langao-konjac")
  const langao = brands.find((b) => b.handle === "langao-konjac")!.id
  await backendApi("/enterprise/brand-authorization-requests", { token, body: { brand_id: langao, category_handles: ["konjac", "tea"], note: "魔芋基地 300 亩" } })

  await logIn(page, PLATFORM, "zhCN")
  await page.getByRole("link", { name: "待办", exact: true }).click()
  const queues = page.getByRole("table", { name: "待审核事项" })
  const requests = queues.getByRole("row").filter({ hasText: "品牌授权申请" })
  await expect(requests.getByRole("cell").nth(1)).not.toHaveText("0")
  await requests.getByRole("link", { name: "去处理" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "品牌授权申请" })).toBeVisible()

  const row = page.getByRole("row").filter({ hasText: name })
  await expect(row).toContainText("岚皋魔芋")
  await expect(row).toContainText("魔芋基地 300 亩")
  await expect(row).toContainText("待审核")
  await row.getByRole("button", { name: "批准" }).click()
  const form = page.getByRole("form", { name: `批准 ${name} 使用「岚皋魔芋」` })
  // Staff narrow the grant to konjac.
  const categories = form.getByRole("group", { name: "授权类目" })
  await expect(categories.getByRole("checkbox", { name: "魔芋" })).toBeChecked()
  await expect(categories.getByRole("checkbox", { name: "茶叶" })).toBeChecked()
  await categories.getByRole("checkbox", { name: "茶叶" }).uncheck()
  await form.getByLabel("有效期至").fill("2027-12-31")
  await form.getByRole("button", { name: "批准" }).click()
  await expect(page.getByText("已批准品牌授权", { exact: true })).toBeVisible()
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0)

  const { brand_authorization_requests: decided } = await adminGet<{ brand_authorization_requests: { status: string; brand_authorization_id: string }[] }>(
    `/admin/brand-authorization-requests?enterprise_id=${id}`
  )
  expect(decided).toMatchObject([{ status: "granted" }])
  const { enterprise } = await adminGet<{ enterprise: { brand_authorizations: { category_handles: string[]; valid_until: string }[] } }>(`/admin/enterprises/${id}`)
  expect(enterprise.brand_authorizations).toHaveLength(1)
  expect(enterprise.brand_authorizations[0]!.category_handles).toEqual(["konjac"])
  expect(enterprise.brand_authorizations[0]!.valid_until.slice(0, 10)).toBe("2027-12-31")
})

test("marketing staff opening a platform-only page read that their role may not, in either language", async ({ page }) => {
  await logIn(page, MARKETING, "en")
  await page.goto(`${ADMIN}/enterprises`)
  await expect(page.getByRole("heading", { level: 1, name: "Enterprises" })).toBeVisible({ timeout: 30_000 })
  // The list request is refused (403) and retried once by the dashboard before the notice shows.
  const denied = page.getByTestId("role-denied")
  await expect(denied).toContainText("Not allowed for your role", { timeout: 30_000 })
  await expect(page.getByText(/Error:|at \w+ \(/)).toHaveCount(0)

  await page.evaluate(() => window.localStorage.setItem("lng", "zhCN"))
  await page.context().addCookies([{ name: "lng", value: "zhCN", url: E2E_BACKEND_URL }])
  await page.addInitScript(() => window.localStorage.setItem("lng", "zhCN"))
  await page.goto(`${ADMIN}/certificates`)
  await expect(page.getByRole("heading", { level: 1, name: "证书" })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId("role-denied")).toContainText("您的角色无权访问此页面", { timeout: 30_000 })
})
