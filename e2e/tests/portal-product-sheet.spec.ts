import { expect, test } from "@playwright/test"
import { adminToken, unique } from "./support/backend"
import { applyByApi, backendApi, portalSignIn } from "./support/enterprise"

// 批量导入 in Chinese: a file with one bad row imports nothing and says which row and why, in
// Chinese; the corrected file imports every product, which the product list then shows.

const PASSWORD = "portal-pass-1"
// Backend English must not reach a Chinese screen.
const ENGLISH_ERROR = /price|must|invalid|import|row|yuan|not valid/i
const HEADER = "商品名称 title,品牌 brand,类目 categories,规格 variant_title,价格(元) price_cny,库存 stock"

async function enterpriseWithTea(email: string): Promise<void> {
  const id = await applyByApi(email, `批量导入茶业 ${unique()}`, PASSWORD)
  const admin = await adminToken()
  await backendApi(`/admin/enterprises/${id}/review`, { token: admin, body: { decision: "approve" } })
  const { brands } = await backendApi<{ brands: { id: string; handle: string }[] }>("/admin/brands", { token: admin })
  const brand = brands.find((b) => b.handle === "ankang-selenium-tea")!
  const now = Date.now()
  await backendApi(`/admin/enterprises/${id}/brand-authorizations`, {
    token: admin,
    body: { brand_id: brand.id, category_handles: ["tea"], valid_from: new Date(now - 86_400_000).toISOString(), valid_until: new Date(now + 365 * 86_400_000).toISOString() },
  })
}

const csv = (rows: string[]) => Buffer.from("\uFEFF" + [HEADER, ...rows].join("\r\n"), "utf8")

test("a sheet with a bad row imports nothing and names the row in Chinese; the corrected sheet imports every product", async ({ page }) => {
  test.setTimeout(120_000)
  const email = `sheet-${unique()}@enterprise.example.com`
  await enterpriseWithTea(email)
  await portalSignIn(page, email, PASSWORD)
  await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible()
  await page.goto("/zh-CN/portal/products")
  await expect(page.getByRole("link", { name: "导出 CSV" })).toBeVisible()
  await expect(page.getByRole("link", { name: "导出 Excel" })).toBeVisible()

  const stamp = unique()
  const good = [`批量毛尖 ${stamp},ankang-selenium-tea,tea,250克,88,10`, `批量翠峰 ${stamp},ankang-selenium-tea,tea,500克,160,5`]
  const form = page.getByTestId("product-sheet-import")
  await form.getByLabel("批量导入（CSV 或 Excel 文件）").setInputFiles({ name: "商品.csv", mimeType: "text/csv", buffer: csv([good[0]!, `批量翠峰 ${stamp},ankang-selenium-tea,tea,500克,-5,5`]) })
  await form.getByRole("button", { name: "批量导入", exact: true }).click()
  const problems = page.getByTestId("product-sheet-problems")
  await expect(problems).toContainText("第 3 行 · 价格(元)：填写有误。须为大于 0、不超过 1000000 的金额（元），最多两位小数。")
  await expect(form.getByRole("alert")).toContainText("未导入任何商品")
  await expect(form.getByRole("alert")).not.toContainText(ENGLISH_ERROR)
  await page.reload()
  await expect(page.getByTestId("portal-product-row")).toHaveCount(0)

  await form.getByLabel("批量导入（CSV 或 Excel 文件）").setInputFiles({ name: "商品.csv", mimeType: "text/csv", buffer: csv(good) })
  await form.getByRole("button", { name: "批量导入", exact: true }).click()
  await expect(form.getByRole("status")).toHaveText("已导入 2 个商品（草稿）。")
  await page.reload()
  await expect(page.getByTestId("portal-product-row")).toHaveCount(2)
  await expect(page.getByTestId("portal-product-row").filter({ hasText: `批量毛尖 ${stamp}` })).toContainText("草稿")
  await expect(page.getByTestId("portal-product-row").filter({ hasText: `批量翠峰 ${stamp}` })).toContainText("¥160.00")
})
