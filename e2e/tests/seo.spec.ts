import { expect, test } from "@playwright/test"

test("a product page carries canonical, hreflang, Open Graph and Product JSON-LD in CNY", async ({ page }) => {
  await page.goto("/zh-CN/products/gannan-navel-orange")
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/zh-CN\/products\/gannan-navel-orange$/)
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/products\/gannan-navel-orange$/)
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1)
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /赣南脐橙/)
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}")
  expect(jsonLd["@type"]).toBe("Product")
  expect(jsonLd.name).toBe("赣南脐橙")
  const offers = [jsonLd.offers].flat()
  expect(offers.length).toBeGreaterThan(0)
  expect(offers.every((o: { priceCurrency: string }) => o.priceCurrency === "CNY")).toBe(true)
  expect(offers.map((o: { price: number | string; lowPrice?: number | string }) => Number(o.lowPrice ?? o.price))).toContain(69)
})

test("sitemap lists products, brands and enterprises in both languages and robots keeps checkout out", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text()
  expect(sitemap).toContain("/zh-CN/products/hanyin-selenium-rice")
  expect(sitemap).toContain("/en/products/hanyin-selenium-rice")
  expect(sitemap).toContain("/en/categories/tea")
  expect(sitemap).toContain("/zh-CN/campaigns/xibohui-2026")
  expect(sitemap).toContain("/zh-CN/enterprises/langao-konjac-coop")
  expect(sitemap).toContain("/en/enterprises/langao-konjac-coop")
  expect(sitemap).toMatch(/\/zh-CN\/brands\/[a-z0-9-]+</)
  const robots = await (await request.get("/robots.txt")).text()
  expect(robots).toMatch(/Disallow: .*checkout/)
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
})

test("pages fit a 360 px wide phone without sideways scrolling", async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "zh-CN" })
  const page = await phone.newPage()
  for (const path of ["/zh-CN", "/zh-CN/store", "/zh-CN/products/enshi-yulu-tea", "/zh-CN/checkout"]) {
    await page.goto(path)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
  await phone.close()
})
