import { expect, test } from "@playwright/test"

test("an English product page shows the English title and the language switch keeps the page", async ({ page }) => {
  await page.goto("/en/products/langao-konjac-noodles")
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("heading", { level: 1, name: "Langao Konjac Noodles" })).toBeVisible()
  await expect(page.getByText("CN¥39.00").first()).toBeVisible()

  await page.getByRole("link", { name: "切换到中文" }).click()
  await expect(page).toHaveURL(/\/zh-CN\/products\/langao-konjac-noodles$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN")
  await expect(page.getByRole("heading", { level: 1, name: "岚皋魔芋挂面" })).toBeVisible()

  await page.getByRole("link", { name: "Switch to English" }).click()
  await expect(page).toHaveURL(/\/en\/products\/langao-konjac-noodles$/)
})

test("the root redirects by Accept-Language", async ({ browser }) => {
  const english = await browser.newContext({ locale: "en-GB", extraHTTPHeaders: { "accept-language": "en-GB,en;q=0.9" } })
  const page = await english.newPage()
  await page.goto("/")
  await expect(page).toHaveURL(/\/en$/)
  await english.close()
})
