import fs from "node:fs"
import path from "node:path"
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test"
import { E2E_BACKEND_URL as BACKEND } from "../ports.mjs"
import { adminGet, adminPost } from "./support/backend"
import { addToCart, fillCheckout, chooseShipping } from "./support/shop"

// XBH2026 takes 10% off Ankang tea and konjac (the seed's expo code).
const CODE = "XBH2026"
// 平利女娲富硒绿茶 lists at ¥118; while this test's live session runs it sells at a session price.
const LIVE_PRODUCT = "pingli-nvwa-tea"
const LIVE_PRICE = 98

/** A live session of the seeded expo, running now, with a platform-funded session price; ended again by the returned function. */
async function startLiveSession(handle: string, amount: number): Promise<() => Promise<void>> {
  const { products } = await adminGet<{ products: { variants: { id: string }[] }[] }>(`/admin/products?handle=${handle}&fields=variants.id`)
  const { campaigns } = await adminGet<{ campaigns: { id: string; handle: string }[] }>("/admin/marketing/campaigns")
  const u = Date.now().toString(36)
  const { live_session } = await adminPost<{ live_session: { id: string } }>("/admin/marketing/live-sessions", {
    campaign_id: campaigns.find((c) => c.handle === "xibohui-2026")!.id,
    handle: `price-truth-${u}`,
    title: `平利茶直播 ${u}`,
    host: "陈平利",
    stream_url: "https://live.example.com/seleno/price-truth",
    starts_at: new Date(Date.now() - 10 * 60 * 1000).toISOString(),
    ends_at: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
    funding_source: "platform",
    prices: [{ variant_id: products[0]!.variants[0]!.id, amount }],
  })
  return async () => {
    await adminPost(`/admin/marketing/live-sessions/${live_session.id}`, { ends_at: new Date(Date.now() - 1000).toISOString() })
  }
}
const LOCALES = ["zh-CN", "en"] as const
type Locale = (typeof LOCALES)[number]

type Amount = number | string
interface Totals {
  total: Amount
  tax_total: Amount
  discount_total: Amount
  items: { unit_price: Amount; quantity: number }[]
  shipping_methods: { name: string; amount: Amount }[]
}

function storeHeaders(): Record<string, string> {
  const key = fs.readFileSync(path.resolve(__dirname, "../../.data/publishable-key"), "utf8").trim()
  return { "x-publishable-api-key": key }
}

async function storeGet<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(`${BACKEND}${url}`, { headers: storeHeaders() })
  expect(response.ok(), `GET ${url} → ${response.status()}`).toBe(true)
  return (await response.json()) as T
}

const FIELDS = "+total,+tax_total,+discount_total,*items,*shipping_methods"
const cartTotals = async (request: APIRequestContext, id: string) => (await storeGet<{ cart: Totals }>(request, `/store/carts/${id}?fields=${FIELDS}`)).cart
const orderTotals = async (request: APIRequestContext, id: string) =>
  (await storeGet<{ order: Totals }>(request, `/store/orders/${id}?fields=id,total,tax_total,discount_total,*items,*shipping_methods`)).order

/** Whole fen of an API amount (half up), independent of the storefront's own code. */
const fen = (amount: Amount) => Math.round(Number(amount) * 100 + 1e-6)

/** What the page must show for these totals, as both locales format CNY. */
function expected(totals: Totals, locale: Locale) {
  const money = (f: number) =>
    new Intl.NumberFormat(locale === "zh-CN" ? "zh-CN" : "en-US", {
      style: "currency",
      currency: "CNY",
      currencyDisplay: locale === "zh-CN" ? "narrowSymbol" : "symbol",
    }).format(f / 100)
  const items = totals.items.reduce((sum, i) => sum + fen(i.unit_price) * i.quantity, 0)
  const shipping = totals.shipping_methods.map((m) => fen(m.amount))
  const total = fen(totals.total)
  const discount = items + shipping.reduce((a, b) => a + b, 0) - total
  // The discount shown is what lies between the listed prices and the total: Medusa's, to the fen.
  expect(Math.abs(discount - fen(totals.discount_total))).toBeLessThanOrEqual(1)
  return { items: money(items), discount: `−${money(discount)}`, shipping: shipping.map(money), total: money(total), tax: money(fen(totals.tax_total)) }
}

async function expectAmounts(page: Page, prefix: string, totals: Totals, locale: Locale) {
  const want = expected(totals, locale)
  await expect(page.getByTestId(`${prefix}-subtotal`)).toHaveText(want.items)
  await expect(page.getByTestId(`${prefix}-discount`)).toHaveText([want.discount])
  await expect(page.getByTestId(`${prefix}-discount-row`)).toContainText(CODE)
  await expect(page.getByTestId(`${prefix}-shipping`)).toHaveText(want.shipping)
  await expect(page.getByTestId(`${prefix}-total`)).toHaveText(want.total)
  await expect(page.getByTestId(`${prefix}-tax`)).toContainText(want.tax)
}

test("every amount shown at cart, checkout and confirmation is the order's, to the fen, in both locales, with a code and a live price", async ({ page, request, context }) => {
  test.setTimeout(240_000)
  const endLiveSession = await startLiveSession(LIVE_PRODUCT, LIVE_PRICE)
  try {
    await buyAndCompare(page, request, context)
  } finally {
    await endLiveSession()
  }
})

async function buyAndCompare(page: Page, request: APIRequestContext, context: BrowserContext) {
  await addToCart(page, LIVE_PRODUCT, 2)
  await addToCart(page, "ankang-konjac-rice", 1)
  await page.goto("/zh-CN/cart")
  await page.getByLabel("优惠码").fill(CODE)
  await page.getByRole("button", { name: "使用" }).click()
  await expect(page.getByTestId("cart-discount")).toBeVisible()
  const cartId = (await context.cookies()).find((c) => c.name === "_seleno_cart")!.value
  // The tea line carries the session price, which every amount below then includes.
  expect((await cartTotals(request, cartId)).items.map((line) => fen(line.unit_price))).toContain(LIVE_PRICE * 100)

  for (const locale of LOCALES) {
    await page.goto(`/${locale}/cart`)
    await expectAmounts(page, "cart", await cartTotals(request, cartId), locale)
    await page.goto(`/${locale}/checkout`)
    await expectAmounts(page, "checkout", await cartTotals(request, cartId), locale)
  }

  await page.goto("/zh-CN/checkout")
  await fillCheckout(page)
  await chooseShipping(page)
  // The summary renders from the cart as it now is (with the parcels' shipping once it is set).
  await expect(async () => expectAmounts(page, "checkout", await cartTotals(request, cartId), "zh-CN")).toPass({ timeout: 20_000 })
  await page.getByRole("button", { name: "提交订单" }).click()
  await expect(page).toHaveURL(/\/zh-CN\/order\/confirmed\/order_/, { timeout: 30_000 })
  const orderId = page.url().split("/").pop()!
  const order = await orderTotals(request, orderId)
  expect(order.shipping_methods.length).toBeGreaterThan(0)

  for (const locale of LOCALES) {
    await page.goto(`/${locale}/order/confirmed/${orderId}`)
    await expectAmounts(page, "order", order, locale)
  }
}
