import { expect, test } from "@playwright/test"

test("a visitor browses from the brand catalogue to a county brand and on to its product", async ({ page }) => {
  await page.goto("/zh-CN")
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "品牌" }).click()
  await expect(page).toHaveURL(/\/zh-CN\/brands$/)
  await expect(page.getByRole("heading", { level: 1, name: "品牌目录" })).toBeVisible()

  const ankang = page.getByRole("region", { name: "安康市 · 中国硒谷" })
  await expect(ankang).toBeVisible()
  await expect(ankang.getByText("地理标志证明商标").first()).toBeVisible()
  await ankang.getByRole("link", { name: "安康富硒茶", exact: true }).click()

  await expect(page).toHaveURL(/\/zh-CN\/brands\/ankang-selenium-tea$/)
  await expect(page.getByRole("heading", { level: 1, name: "安康富硒茶" })).toBeVisible()
  await page.getByRole("region", { name: "旗下品牌" }).getByRole("link", { name: /紫阳富硒茶/ }).click()

  await expect(page).toHaveURL(/\/zh-CN\/brands\/ziyang-selenium-tea$/)
  await expect(page.getByRole("heading", { level: 1, name: "紫阳富硒茶" })).toBeVisible()
  const breadcrumb = page.getByRole("navigation", { name: "面包屑导航" })
  await expect(breadcrumb.getByRole("link", { name: "安康富硒茶" })).toHaveAttribute("href", "/zh-CN/brands/ankang-selenium-tea")
  await expect(page.getByRole("region", { name: "品牌故事" })).toContainText("1980")
  await expect(page.getByText("紫阳县", { exact: true })).toBeVisible()

  const products = page.getByRole("list", { name: "紫阳富硒茶的商品" })
  await expect(products.getByText(/¥/).first()).toBeVisible()
  await products.getByRole("link", { name: "紫阳毛尖富硒绿茶" }).click()

  await expect(page).toHaveURL(/\/zh-CN\/products\/ziyang-maojian-green-tea$/)
  await expect(page.getByRole("heading", { level: 1, name: "紫阳毛尖富硒绿茶" })).toBeVisible()
  await expect(page.getByRole("link", { name: "紫阳富硒茶", exact: true })).toHaveAttribute("href", "/zh-CN/brands/ziyang-selenium-tea")
})

test("a brand page names the enterprises authorized to use it, and an enterprise page lists its certificates", async ({ page }) => {
  await page.goto("/zh-CN/brands/ziyang-selenium-tea")
  const authorized = page.getByRole("region", { name: "授权企业" })
  await expect(authorized).toContainText("授权品类: 茶叶")
  await authorized.getByRole("link", { name: "紫阳县富硒茶业有限公司" }).click()

  await expect(page).toHaveURL(/\/zh-CN\/enterprises\/ziyang-selenium-tea-co$/)
  const certificates = page.getByRole("region", { name: "认证证书" })
  const maojian = certificates.getByRole("listitem").filter({ has: page.getByRole("link", { name: "紫阳毛尖富硒绿茶" }) })
  await expect(maojian).toContainText("NY/T 600-2002")
  await expect(maojian.getByRole("definition").last()).toHaveText("有效")

  // The producer of the product whose certificate lapsed shows it as expired, not hidden.
  await page.goto("/zh-CN/enterprises/lichuan-red-tea-co")
  const lichuan = page.getByRole("region", { name: "认证证书" }).getByRole("listitem").filter({ hasText: "利川红工夫红茶" })
  await expect(lichuan.getByText("已过期")).toBeVisible()
})

test("an English brand page shows the English brand name and region", async ({ page }) => {
  await page.goto("/en/brands/langao-konjac")
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("heading", { level: 1, name: "Langao Konjac" })).toBeVisible()
  await expect(page.getByText("Langao", { exact: true })).toBeVisible()
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/brands\/langao-konjac$/)
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute("href", /\/zh-CN\/brands\/langao-konjac$/)
})

test("an unknown brand handle is a proper 404 page", async ({ page }) => {
  const response = await page.goto("/zh-CN/brands/no-such-brand")
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible()
})

test("the sitemap lists the brand catalogue and brand pages in both languages", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text()
  expect(sitemap).toContain("/zh-CN/brands</loc>")
  expect(sitemap).toContain("/en/brands/ziyang-selenium-tea")
  expect(sitemap).toContain("/zh-CN/brands/enshi-selenium-tea")
})
