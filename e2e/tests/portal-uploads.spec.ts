import { expect, test } from "@playwright/test"
import { portalSignIn } from "./support/enterprise"

// Photos of a listing: a refused upload says why, and a refused photo is never quietly dropped.

async function openFirstListing(page: import("@playwright/test").Page) {
  await portalSignIn(page, "ziyang@enterprise.example.com", "seleno-portal")
  await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "商品" }).click()
  await page.getByTestId("portal-product-row").first().getByRole("link").first().click()
  await expect(page.getByRole("heading", { name: /编辑商品/ })).toBeVisible()
}

test("a photo over 5 MB is refused before and after sending, and the listing is not saved without it", async ({ page }) => {
  await openFirstListing(page)
  const photos = page.locator('input[type="file"][name="images"]')
  const kept = await page.locator('input[name="keep_images"]').count()
  await photos.setInputFiles({ name: "大图.png", mimeType: "image/png", buffer: Buffer.alloc(5 * 1024 * 1024 + 1) })
  await expect(page.getByText("每张图片不能超过 5 MB。")).toBeVisible()

  await page.getByRole("button", { name: "保存商品信息" }).click()
  await expect(page.getByText("每张图片不能超过 5 MB。")).toBeVisible()
  await expect(page.getByText("已保存。")).toHaveCount(0)
  await page.reload()
  await expect(page.locator('input[name="keep_images"]')).toHaveCount(kept)
})

test("a file that is not an image is refused with its name and the reason, in Chinese", async ({ page }) => {
  await openFirstListing(page)
  await page.locator('input[type="file"][name="images"]').setInputFiles({ name: "假图片.png", mimeType: "image/png", buffer: Buffer.from("not a picture at all") })
  await page.getByRole("button", { name: "保存商品信息" }).click()
  await expect(page.getByText("“假图片.png”不是 PDF 或 PNG、JPEG、WebP 图片。")).toBeVisible()
  await expect(page.getByText("已保存。")).toHaveCount(0)
})
