import { expect, test, type Browser, type Page } from "@playwright/test"
import { adminGet, adminPost, createStockedProduct, unique } from "./support/backend"
import { chooseShipping, expectOnPage, fillCheckout } from "./support/shop"
import { E2E_BACKEND_URL as BACKEND } from "../ports.mjs"

// The Medusa admin with our marketing pages, served by the backend under /app.
const ADMIN = `${BACKEND}/app`
// The seeded demo marketing login (README).
const MARKETING = { email: "marketing@example.com", password: process.env.DEMO_MARKETING_PASSWORD || "seleno-marketing" }

/** `YYYY-MM-DDTHH:mm` in China time, what the admin's datetime-local fields hold. */
function chinaLocal(date: Date): string {
  return new Date(date.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 16)
}

async function marketingLogIn(page: Page) {
  await page.addInitScript(() => window.localStorage.setItem("lng", "en"))
  await page.goto(`${ADMIN}/login`)
  await page.getByPlaceholder("Email").fill(MARKETING.email)
  await page.getByPlaceholder("Password").fill(MARKETING.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

/** Picks an option of a Medusa UI select (a combobox with a listbox). */
async function choose(scope: Page | ReturnType<Page["getByRole"]>, page: Page, label: string, option: string) {
  await scope.getByRole("combobox", { name: label, exact: true }).click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

async function shopperPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN" })
  return context.newPage()
}

async function marketingToken(): Promise<string> {
  const response = await fetch(`${BACKEND}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(MARKETING),
  })
  const { token } = (await response.json()) as { token: string }
  return token
}

interface AttributionTotals {
  visits: number
  carts: number
  orders: number
  revenue: number
  discount: number
}

async function attributionTotals(campaignId: string): Promise<AttributionTotals | undefined> {
  const { campaigns } = await adminGet<{ campaigns: { id: string; totals: AttributionTotals }[] }>(
    `/admin/marketing/attribution?campaign_id=${campaignId}`,
  )
  return campaigns.find((c) => c.id === campaignId)?.totals
}

test("marketing staff run a 硒博会 campaign: a shopper arrives by its link, buys with the code, the dashboard counts it, and after the end prices return", async ({ page, browser }) => {
  test.setTimeout(180_000)
  const u = unique()
  const teaTitle = `博览会展品茶 ${u}`
  const product = await createStockedProduct({ title: teaTitle, handle: `expo-tea-${u}`, price: 100, stock: 20 })
  const name = `第七届硒博会特惠 ${u}`
  const handle = `xbh-e2e-${u}`
  const code = `XBHE2E${u.toUpperCase()}`.replace(/[^A-Z0-9]/g, "")

  // Marketing staff create the campaign in the admin: an automatic 20% on the expo tea and a 10% code.
  await marketingLogIn(page)
  await page.goto(`${ADMIN}/marketing/new`)
  // The first admin page after logging in can take over 15 s to load on a busy machine.
  await expect(page.getByRole("heading", { level: 1, name: "New campaign" })).toBeVisible({ timeout: 30_000 })
  await page.getByLabel("Handle", { exact: true }).fill(handle)
  await choose(page, page, "Kind", "Expo")
  await page.getByLabel("Name", { exact: true }).fill(name)
  await page.getByLabel(/^Name \(English\)/).fill(`Selenium Expo specials ${u}`)
  await page.getByRole("textbox", { name: "Body (optional)", exact: true }).fill("硒博会线上特惠：展品茶限时 8 折，结算时再输入优惠码享 9 折。")
  await page.getByLabel("Starts", { exact: true }).fill(chinaLocal(new Date(Date.now() - 60 * 60 * 1000)))
  await page.getByLabel("Ends", { exact: true }).fill(chinaLocal(new Date(Date.now() + 7 * 24 * 60 * 60 * 1000)))
  await page.getByLabel(/^Budget limit/).fill("1000")
  await page.getByRole("group", { name: "Featured products" }).getByLabel(teaTitle).check()

  const automatic = page.getByRole("group", { name: "Promotion 1" })
  await automatic.getByLabel("Code", { exact: true }).fill(`AUTO${code}`)
  await choose(automatic, page, "Promotion kind", "Percentage off")
  await automatic.getByLabel("Automatic (no code needed)").check()
  await automatic.getByLabel("Percentage (%)").fill("20")
  await automatic.getByRole("group", { name: "Target products" }).getByLabel(teaTitle).check()
  await page.getByRole("button", { name: "Add another promotion" }).click()
  const typed = page.getByRole("group", { name: "Promotion 2" })
  await typed.getByLabel("Code", { exact: true }).fill(code)
  await choose(typed, page, "Promotion kind", "Percentage off")
  await typed.getByLabel("Percentage (%)").fill("10")
  await page.getByRole("button", { name: "Create campaign" }).click()
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible()
  const campaignId = page.url().split("/").pop()!
  expect(campaignId).toMatch(/^cpage_/)

  // A shopper arrives through the campaign's link with UTM parameters.
  const shop = await shopperPage(browser)
  await shop.goto(`/zh-CN/campaigns/${handle}?utm_source=wechat&utm_medium=social&utm_campaign=${handle}`)
  await expect(shop.getByRole("heading", { level: 1, name })).toBeVisible()
  await expect(shop.getByRole("timer")).toHaveAttribute("aria-label", /^距结束/)
  await expect(shop.getByRole("heading", { name: "优惠码" })).toBeVisible()
  await expect(shop.getByText(code, { exact: true })).toBeVisible()
  const card = shop.getByRole("list", { name: "活动商品" }).getByRole("listitem").filter({ hasText: teaTitle })
  await expect(card.getByTestId("price-now")).toHaveText("¥80.00")
  await expect(card.getByTestId("price-was")).toHaveText("¥100.00")
  await expect(card.getByTestId("price-label")).toHaveText(name)

  // The product page shows the same offer; the cart charges it, and the code takes 10% more.
  await card.getByRole("link", { name: teaTitle }).first().click()
  await expect(shop.getByRole("heading", { level: 1, name: teaTitle })).toBeVisible()
  await expect(shop.getByTestId("price-now").first()).toHaveText("¥80.00")
  await shop.getByRole("button", { name: "加入购物车" }).click()
  await expect(shop.getByTestId("cart-count")).toHaveText("1")
  await shop.goto("/zh-CN/cart")
  const totalBefore = await shop.getByTestId("cart-total").textContent()

  await shop.getByLabel("优惠码").fill("NOSUCHCODE")
  await shop.getByRole("button", { name: "使用" }).click()
  await expect(shop.getByTestId("coupon-error")).toHaveText("没有找到优惠码 NOSUCHCODE，请检查是否输入正确。")
  await shop.getByLabel("优惠码").fill(code.toLowerCase())
  await shop.getByRole("button", { name: "使用" }).click()
  await expect(shop.getByTestId("coupon-status")).toHaveText(`优惠码 ${code} 已使用。`)
  await expect(shop.getByRole("button", { name: `移除 ${code}` })).toBeVisible()
  // The summary names each discount by its code: this code's row shows its amount.
  // (By its data-code: the campaign's own row may carry the code in its name too.)
  await expect(shop.locator(`[data-testid="cart-discount-row"][data-code="${code}"]`).getByTestId("cart-discount")).toBeVisible()
  await expect(shop.getByTestId("cart-total")).not.toHaveText(totalBefore ?? "")

  await shop.getByRole("link", { name: "去结算" }).click()
  await fillCheckout(shop, { email: `expo-${u}@example.com` })
  await chooseShipping(shop, /顺丰特快/)
  await shop.getByRole("button", { name: "提交订单" }).click()
  await expect(shop).toHaveURL(/\/zh-CN\/order\/confirmed\/order_/, { timeout: 30_000 })
  const orderId = shop.url().split("/").pop()!
  const { order } = await adminGet<{ order: { items: { unit_price: number; adjustments: { code: string }[] }[] } }>(
    `/admin/orders/${orderId}?fields=items.unit_price,*items.adjustments`,
  )
  expect(order.items[0]!.unit_price).toBe(100)
  expect(order.items[0]!.adjustments.map((a) => a.code).sort()).toEqual([`AUTO${code}`, code].sort())

  // The dashboard counts the visit and the order (attribution is recorded by subscribers, so wait for it).
  await expect.poll(async () => (await attributionTotals(campaignId))?.orders, { timeout: 30_000 }).toBe(1)
  await page.goto(`${ADMIN}/marketing/dashboard?campaign_id=${campaignId}`)
  const report = page.getByRole("region", { name })
  const stat = (label: string) => report.locator("div").filter({ has: page.getByRole("term").filter({ hasText: label }) }).getByRole("definition")
  await expect(stat("Visits")).toHaveText("1")
  await expect(stat("Orders")).toHaveText("1")
  await expect(report.getByRole("img", { name: /Daily visits and orders/ })).toBeVisible()
  // By source and medium: the shopper came from the link's wechat / social, and bought.
  const sources = report.getByRole("table", { name: /By source and medium/ })
  await expect(sources.getByRole("row").filter({ hasText: "wechat" })).toContainText("social")
  await expect(sources.getByRole("row").filter({ hasText: "wechat" }).getByRole("cell").nth(4)).toHaveText("1")

  // Marketing staff end the campaign: its page says so and the price returns.
  await page.goto(`${ADMIN}/marketing/${campaignId}`)
  await page.getByRole("button", { name: "End now" }).click()
  await page.getByRole("button", { name: "Confirm" }).click()
  await expect(page.getByRole("button", { name: "End now" })).toHaveCount(0)

  await expectOnPage(shop, `/zh-CN/campaigns/${handle}`, () => expect(shop.getByRole("status").filter({ hasText: "活动已结束" })).toBeVisible({ timeout: 500 }))
  await expect(shop.getByRole("heading", { name: "优惠码" })).toHaveCount(0)
  await expectOnPage(shop, `/zh-CN/products/${product.handle}`, () => expect(shop.getByTestId("product-price")).toContainText("¥100.00", { timeout: 500 }))
  await expect(shop.getByTestId("price-was")).toHaveCount(0)
})

test("the demo expo is running with its code, marketing staff cannot reach orders, and coupon messages say why a code fails", async ({ page }) => {
  await page.goto("/zh-CN/campaigns")
  const expo = page.getByRole("list", { name: "活动列表" }).getByRole("listitem").filter({ hasText: "第七届硒博会 · 线上特惠" })
  await expect(expo).toContainText("进行中")
  await expo.getByRole("link", { name: "第七届硒博会 · 线上特惠" }).click()
  await expect(page).toHaveURL(/\/zh-CN\/campaigns\/xibohui-2026$/)
  await expect(page.getByText("XBH2026", { exact: true })).toBeVisible()
  await expect(page.getByRole("heading", { name: "直播专场", exact: true })).toBeVisible()
  await expect(page.getByRole("link", { name: "紫阳富硒茶直播专场" })).toHaveAttribute("href", "/zh-CN/live/xibohui-ziyang-tea")

  // The English landing page.
  await page.getByRole("link", { name: "Switch to English" }).click()
  await expect(page).toHaveURL(/\/en\/campaigns\/xibohui-2026$/)
  await expect(page.getByRole("heading", { level: 1, name: "7th Selenium Expo online specials" })).toBeVisible()
  await expect(page.getByText(/enter code XBH2026 at checkout/)).toBeVisible()

  // The seeded marketing login is refused what is not marketing's business.
  const token = await marketingToken()
  const orders = await fetch(`${BACKEND}/admin/orders`, { headers: { authorization: `Bearer ${token}` } })
  expect(orders.status).toBe(403)
  const campaigns = await fetch(`${BACKEND}/admin/marketing/campaigns`, { headers: { authorization: `Bearer ${token}` } })
  expect(campaigns.status).toBe(200)

  // XBH2026 covers Ankang tea and konjac, not selenium water.
  await page.goto("/zh-CN/products/ankang-selenium-water")
  await page.getByRole("button", { name: "加入购物车" }).click()
  await expect(page.getByTestId("cart-count")).toHaveText("1")
  await page.goto("/zh-CN/cart")
  await page.getByLabel("优惠码").fill("XBH2026")
  await page.getByRole("button", { name: "使用" }).click()
  await expect(page.getByTestId("coupon-error")).toHaveText("优惠码 XBH2026 有效，但不适用于购物车中的商品。")
})

test("a live session shows 直播中 on the home page with its session price, and its replay after it ends", async ({ page }) => {
  const u = unique()
  const product = await createStockedProduct({ title: `直播茶 ${u}`, handle: `live-tea-${u}`, price: 120, stock: 10 })
  const { product: full } = await adminGet<{ product: { variants: { id: string }[] } }>(`/admin/products/${product.id}?fields=variants.id`)
  const { campaigns } = await adminGet<{ campaigns: { id: string; handle: string }[] }>("/admin/marketing/campaigns")
  const expo = campaigns.find((c) => c.handle === "xibohui-2026")!
  const title = `紫阳茶园直播 ${u}`
  const { live_session } = await adminPost<{ live_session: { id: string; handle: string } }>("/admin/marketing/live-sessions", {
    campaign_id: expo.id,
    handle: `live-${u}`,
    title,
    host: "陈紫阳",
    stream_url: "https://live.example.com/seleno/e2e",
    starts_at: new Date(Date.now() - 10 * 60 * 1000).toISOString(),
    ends_at: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
    prices: [{ variant_id: full.variants[0]!.id, amount: 99 }],
  })

  const banner = page.getByRole("region", { name: "活动推荐" }).getByRole("link", { name: new RegExp(`直播中.*${title}`) })
  // The home page is the heaviest to render: on a loaded CI machine one load can take seconds, so
  // give the cache's notice of the new session more than the default five.
  await expectOnPage(page, "/zh-CN", () => expect(banner).toBeVisible({ timeout: 500 }), 20_000)
  await banner.click()
  await expect(page).toHaveURL(new RegExp(`/zh-CN/live/live-${u}$`))
  await expect(page.getByRole("link", { name: /^观看直播/ })).toHaveAttribute("href", "https://live.example.com/seleno/e2e")
  await page.goto(`/zh-CN/products/${product.handle}`)
  await expect(page.getByTestId("price-now").first()).toHaveText("¥99.00")
  await expect(page.getByTestId("price-label").first()).toHaveText("直播价")

  await adminPost(`/admin/marketing/live-sessions/${live_session.id}`, {
    ends_at: new Date(Date.now() - 60 * 1000).toISOString(),
    replay_url: "https://live.example.com/seleno/e2e/replay",
  })
  await expectOnPage(page, `/zh-CN/live/live-${u}`, () => expect(page.getByRole("status").filter({ hasText: "直播已结束" })).toBeVisible({ timeout: 500 }))
  await expect(page.getByRole("link", { name: /^观看回放/ })).toHaveAttribute("href", "https://live.example.com/seleno/e2e/replay")
  await expectOnPage(page, `/zh-CN/products/${product.handle}`, () => expect(page.getByTestId("product-price")).toContainText("¥120.00", { timeout: 500 }))
})
