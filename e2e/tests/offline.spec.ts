import { expect, test } from "@playwright/test"

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"])

test("no page loads anything from outside loopback", async ({ page }) => {
  const outside: string[] = []
  page.on("request", (request) => {
    const url = new URL(request.url())
    if (["http:", "https:", "ws:", "wss:"].includes(url.protocol) && !LOOPBACK.has(url.hostname)) outside.push(request.url())
  })
  for (const path of ["/zh-CN", "/zh-CN/store", "/zh-CN/categories/tea", "/zh-CN/products/gannan-navel-orange", "/en/products/enshi-yulu-tea", "/zh-CN/cart", "/zh-CN/checkout", "/zh-CN/account", "/zh-CN/returns", "/01/06971234000019/10/L2026001", "/en/enterprises/ziyang-selenium-tea-co"]) {
    await page.goto(path)
    await page.waitForLoadState("networkidle")
  }
  const images = await page.goto("/zh-CN/store").then(() => page.locator("img").evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).currentSrc)))
  expect(images.length).toBeGreaterThan(0)
  expect(outside).toEqual([])
})
