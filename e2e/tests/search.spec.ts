import { expect, test } from "@playwright/test"

test("a shopper types 紫阳 in the header and picks a suggestion with the keyboard", async ({ page }) => {
  await page.goto("/zh-CN")
  const box = page.getByRole("combobox", { name: "搜索商品、品牌、产地" })
  await box.fill("紫阳")
  const suggestions = page.getByRole("listbox", { name: "搜索建议" })
  await expect(suggestions.getByRole("option").first()).toBeVisible()
  await expect(box).toHaveAttribute("aria-expanded", "true")
  await expect(suggestions.getByRole("option", { name: /紫阳县/ })).toBeVisible()
  // The match is marked inside the suggestion.
  await expect(suggestions.locator("mark", { hasText: "紫阳" }).first()).toBeVisible()

  await box.press("ArrowDown")
  const first = suggestions.getByRole("option").first()
  await expect(first).toHaveAttribute("aria-selected", "true")
  await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!)
  await box.press("Enter")
  await expect(page).toHaveURL(/\/zh-CN\/products\/ziyang-/)
  await expect(page.getByRole("heading", { level: 1, name: /紫阳/ })).toBeVisible()
})

test("a shopper searches ziyang, filters to certified, and the URL round-trips with the back button", async ({ page }) => {
  await page.goto("/zh-CN")
  const box = page.getByRole("combobox", { name: "搜索商品、品牌、产地" })
  await box.fill("ziyang")
  await box.press("Enter")
  await expect(page).toHaveURL(/\/zh-CN\/search\?q=ziyang$/)
  const results = page.getByRole("list", { name: "搜索结果" })
  await expect(results.getByRole("link", { name: "紫阳毛尖富硒绿茶" })).toBeVisible()
  const allCount = await page.getByTestId("search-count").textContent()

  await page.getByRole("navigation", { name: "筛选" }).getByRole("link", { name: /仅看富硒认证/ }).click()
  await expect(page).toHaveURL(/\/zh-CN\/search\?q=ziyang&certified=1$/)
  const items = results.getByRole("listitem")
  const shown = await items.count()
  expect(shown).toBeGreaterThan(0)
  for (let i = 0; i < shown; i++) await expect(items.nth(i).getByText("富硒认证")).toBeVisible()
  const certifiedUrl = page.url()
  const certifiedCount = await page.getByTestId("search-count").textContent()

  await page.goBack()
  await expect(page).toHaveURL(/\/zh-CN\/search\?q=ziyang$/)
  await expect(page.getByTestId("search-count")).toHaveText(allCount!)

  // A shared link shows the same results.
  await page.goto(certifiedUrl)
  await expect(page.getByTestId("search-count")).toHaveText(certifiedCount!)
  await expect(page.getByRole("navigation", { name: "筛选" }).getByRole("link", { name: /仅看富硒认证/ })).toHaveAttribute("aria-current", "true")
})

test("search results are server-rendered: the page works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" })
  const page = await context.newPage()
  await page.goto("/zh-CN")
  await page.getByRole("combobox", { name: "搜索商品、品牌、产地" }).fill("魔芋")
  await page.getByRole("button", { name: "搜索", exact: true }).click()
  await expect(page).toHaveURL(/\/zh-CN\/search\?q=%E9%AD%94%E8%8A%8B$/)
  const results = page.getByRole("list", { name: "搜索结果" })
  await expect(results.getByRole("link", { name: "岚皋魔芋挂面" })).toBeVisible()
  await expect(results.locator("mark", { hasText: "魔芋" }).first()).toBeVisible()
  await page.getByLabel("排序").selectOption("price_asc")
  await page.getByRole("button", { name: "应用" }).click()
  await expect(page).toHaveURL(/q=%E9%AD%94%E8%8A%8B&sort=price_asc/)
  await context.close()
})

test("no results offers other searches, and a malformed filter says what is wrong", async ({ page }) => {
  await page.goto("/zh-CN/search?q=qqqxxxzzz")
  await expect(page.getByTestId("search-empty")).toContainText("没有找到相关商品")
  await page.getByTestId("search-empty").getByRole("link", { name: "富硒茶" }).click()
  await expect(page.getByRole("list", { name: "搜索结果" }).getByRole("listitem").first()).toBeVisible()

  await page.goto("/zh-CN/search?q=茶&se_min=abc")
  await expect(page.getByRole("alert").filter({ hasText: "搜索条件有误" })).toContainText("se_min must be a number")
})
