import { expect, test, type Page } from "@playwright/test"
import { E2E_BACKEND_URL } from "../ports.mjs"

// Trust you can check (issue 16): claims only with a certificate, and a counterfeit warning that
// only staff can raise and clear.
const ADMIN = `${E2E_BACKEND_URL}/app`
const EMAIL = process.env.ADMIN_EMAIL || "admin@example.com"
const PASSWORD = process.env.ADMIN_PASSWORD || "supersecret"

// The seeded batch of 紫阳毛尖富硒绿茶; serial 0011 is used by no other spec.
const SERIAL = "/01/06971234000019/10/L2026001/21/0011"

test("an uncertified product shows no selenium claim anywhere; a certified one does", async ({ page }) => {
  // 赣南脐橙: no standard entered here covers oranges, so it is sold without any claim.
  await page.goto("/zh-CN/products/gannan-navel-orange")
  const product = page.locator("article").first()
  await expect(product.getByRole("heading", { level: 1 })).toHaveText("赣南脐橙")
  await expect(product).not.toContainText("硒含量")
  await expect(product.getByRole("region", { name: "硒含量" })).toHaveCount(0)
  await expect(page.getByTestId("certified-badge")).toHaveCount(0)
  // No figure, and no claim word in the title or description (the 赣南富硒 brand name and the panel
  // saying it holds no certificate are not claims about the product).
  await expect(product.getByText(/mg\/kg|微克|硒含量|每份含硒/)).toHaveCount(0)
  await expect(product.getByRole("heading", { level: 1 })).not.toContainText("硒")
  await expect(product.locator("#description-title + div")).not.toContainText("硒")

  // Its search card and the search facets say nothing about selenium either.
  await page.goto("/zh-CN/search?q=%E8%84%90%E6%A9%99")
  const hits = page.getByRole("list", { name: "搜索结果" })
  const orange = hits.getByRole("listitem").filter({ hasText: "赣南脐橙" })
  await expect(orange).toBeVisible()
  // Only its regional brand (赣南富硒, a registered public brand it is authorized for) is named.
  await expect(orange.getByRole("heading", { level: 2 })).not.toContainText("硒")
  await expect(orange.getByText(/mg\/kg|微克|富硒认证/)).toHaveCount(0)

  // The contrast: a certified tea carries its badge and selenium panel.
  await page.goto("/zh-CN/products/ziyang-maojian-green-tea")
  await expect(page.getByTestId("certified-badge").first()).toBeVisible()
  await expect(page.getByRole("region", { name: "硒含量" })).toBeVisible()
})

async function adminLogIn(page: Page) {
  await page.addInitScript(() => window.localStorage.setItem("lng", "en"))
  await page.goto(`${ADMIN}/login`)
  await page.getByPlaceholder("Email").fill(EMAIL)
  await page.getByPlaceholder("Password").fill(PASSWORD)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

test("a shopper's report becomes a case; staff confirm and the page warns; staff clear and it is gone", async ({ page, browser }) => {
  test.setTimeout(120_000)
  const warning = page.getByRole("alert").filter({ hasText: "疑似假冒：此码可能是仿冒品" })

  // A genuine code: certified badge, no warning. The shopper reports it anyway.
  await page.goto(SERIAL)
  await expect(page.getByTestId("certified-badge").first()).toBeVisible()
  await expect(warning).toHaveCount(0)
  await page.getByText("举报问题", { exact: true }).click()
  await page.getByRole("radio", { name: "疑似假冒" }).check()
  await page.getByLabel("问题描述").fill("在路边摊买到，包装印刷模糊，和官方店的不一样。")
  await page.getByRole("button", { name: "提交举报" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "举报已受理" })).toBeVisible()
  const caseNumber = (await page.getByText(/^JB-\d{8}-\d{4}$/).textContent())!.trim()

  // Staff find the case in the admin queue and confirm the code as counterfeit.
  const staff = await browser.newPage({ locale: "en-US" })
  await adminLogIn(staff)
  await staff.goto(`${ADMIN}/report-cases`)
  await staff.getByRole("link", { name: caseNumber }).click()
  await expect(staff.getByRole("heading", { level: 1, name: new RegExp(caseNumber) })).toBeVisible()
  await staff.getByRole("button", { name: "Confirm counterfeit" }).click()
  await staff.getByLabel("Why (recorded in the history)").fill("Packaging photo and purchase place checked: a copied code.")
  await staff.getByRole("dialog").getByRole("button", { name: "Confirm counterfeit" }).click()
  await expect(staff.getByText("Confirmed counterfeit").first()).toBeVisible()

  // The public page now warns and shows no certified badge.
  await page.goto(SERIAL)
  await expect(warning).toBeVisible()
  await expect(page.getByTestId("certified-badge")).toHaveCount(0)

  // Staff clear the signal; the page is restored.
  await staff.goto(`${ADMIN}/flagged-serials`)
  const row = staff.getByRole("row").filter({ hasText: "L2026001 / 0011" })
  await row.getByRole("button", { name: "Clear" }).click()
  await staff.getByRole("dialog").getByRole("textbox").fill("Re-checked with the enterprise: the shopper's package is genuine.")
  await staff.getByRole("dialog").getByRole("button", { name: "Clear" }).click()
  await expect(staff.getByRole("row").filter({ hasText: "L2026001 / 0011" })).toHaveCount(0)
  await staff.close()

  await page.goto(SERIAL)
  await expect(warning).toHaveCount(0)
  await expect(page.getByTestId("certified-badge").first()).toBeVisible()
})
