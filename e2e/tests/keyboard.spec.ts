import { expect, test } from "@playwright/test"

test("a shopper chooses a variant and adds it to the cart with the keyboard alone", async ({ page }) => {
  await page.goto("/zh-CN/products/ziyang-maojian-green-tea")
  await page.getByRole("radio", { name: "125克罐装" }).focus()
  await page.keyboard.press("ArrowRight")
  await expect(page.getByRole("radio", { name: "250克礼盒" })).toBeChecked()
  await expect(page.getByTestId("product-price")).toHaveText("¥238.00")

  await page.keyboard.press("Tab")
  await expect(page.getByLabel("数量")).toBeFocused()
  await page.keyboard.press("ControlOrMeta+a")
  await page.keyboard.type("2")
  await page.keyboard.press("Tab")
  await expect(page.getByRole("button", { name: "加入购物车" })).toBeFocused()
  await page.keyboard.press("Enter")
  await expect(page.getByText("已加入购物车。")).toBeVisible()
  await expect(page.getByTestId("cart-count")).toHaveText("2")
})
