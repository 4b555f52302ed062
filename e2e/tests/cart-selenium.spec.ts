import { expect, test } from "@playwright/test"

test("the cart estimates daily selenium at one serving per product, whatever the quantity", async ({ page }) => {
  await page.goto("/zh-CN/products/ziyang-maojian-green-tea")
  await page.getByRole("button", { name: "加入购物车" }).click()
  await expect(page.getByTestId("cart-count")).toHaveText("1")

  await page.goto("/zh-CN/cart")
  const estimate = page.getByRole("region", { name: "每日硒摄入估算" })
  await expect(estimate.getByTestId("daily-selenium-value")).toHaveText("约 3.6 微克/天") // 1.2 mg/kg × 3 g
  await expect(estimate).toContainText("低于成人适宜摄入量")

  await page.goto("/zh-CN/products/langao-konjac-noodles")
  await page.getByRole("button", { name: "加入购物车" }).click()
  await expect(page.getByTestId("cart-count")).toHaveText("2")

  await page.goto("/zh-CN/cart")
  await expect(estimate.getByTestId("daily-selenium-value")).toHaveText("约 21.6 微克/天") // + 0.18 mg/kg × 100 g
  await expect(estimate).toContainText("2 种商品")

  // Three packs of tea are still one cup a day.
  const teaLine = page.getByTestId("cart-line").filter({ hasText: "紫阳毛尖富硒绿茶" })
  await teaLine.getByRole("spinbutton").fill("3")
  await teaLine.getByRole("button", { name: /更新/ }).click()
  await expect(page.getByTestId("cart-count")).toHaveText("4")
  await expect(estimate.getByTestId("daily-selenium-value")).toHaveText("约 21.6 微克/天")
  await expect(estimate).toHaveAttribute("data-level", "below_suitable")
})
