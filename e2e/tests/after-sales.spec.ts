import { expect, test, type APIRequestContext } from "@playwright/test"
import fs from "node:fs"
import path from "node:path"
import { ANKANG_ADDRESS } from "../address.mjs"
import { E2E_BACKEND_URL as BACKEND, E2E_STRIPE_CONTROL_PORT } from "../ports.mjs"
import { unique } from "./support/backend"
import { backendApi } from "./support/enterprise"
import { ALIPAY, succeedAlipayPayment } from "./support/stripe"

// 售后 end to end: a signed-in shopper pays by Alipay (the Stripe test double), 岚皋县魔芋专业合作社
// ships, the shopper confirms receipt and asks for a no-reason return; the enterprise approves it
// in the portal and confirms the goods are back; the refund reaches Stripe, in fen.
const CONTROL = `http://127.0.0.1:${E2E_STRIPE_CONTROL_PORT}`
const PASSWORD = "shopper-pass-1"

function publishableKey(): string {
  return fs.readFileSync(path.resolve(__dirname, "../../.data/publishable-key"), "utf8").trim()
}

async function store<T>(request: APIRequestContext, token: string, method: "get" | "post", url: string, data?: unknown): Promise<T> {
  const response = await request[method](`${BACKEND}${url}`, {
    headers: { "x-publishable-api-key": publishableKey(), authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(data ? { data } : {}),
  })
  expect(response.ok(), `${method.toUpperCase()} ${url} → ${response.status()} ${await response.text()}`).toBe(true)
  return (await response.json()) as T
}

/** A registered shopper; answers their bearer token. */
async function registerShopper(request: APIRequestContext, email: string): Promise<string> {
  const { token: registration } = await backendApi<{ token: string }>("/auth/customer/emailpass/register", { body: { email, password: PASSWORD } })
  await store(request, registration, "post", "/store/customers", { email, first_name: "伟", last_name: "张" })
  const { token } = await backendApi<{ token: string }>("/auth/customer/emailpass", { body: { email, password: PASSWORD } })
  return token
}

/** The shopper's own cart of `quantity` × `handle`, paid by Alipay at the Stripe test double; answers the order and the intent. */
async function paidOrder(request: APIRequestContext, token: string, email: string, handle: string, quantity: number): Promise<{ orderId: string; intentId: string }> {
  const { regions } = await store<{ regions: { id: string }[] }>(request, token, "get", "/store/regions")
  const { products } = await store<{ products: { variants: { id: string }[] }[] }>(request, token, "get", `/store/products?handle=${handle}&fields=*variants`)
  const { cart } = await store<{ cart: { id: string } }>(request, token, "post", "/store/carts", {
    region_id: regions[0]!.id,
    email,
    shipping_address: ANKANG_ADDRESS,
    billing_address: ANKANG_ADDRESS,
    items: [{ variant_id: products[0]!.variants[0]!.id, quantity }],
  })
  // One product, so one parcel: its first (cheapest) option. Medusa's own option list is not per parcel.
  const { parcels } = await store<{ parcels: { options: { id: string }[] }[] }>(request, token, "get", `/store/carts/${cart.id}/parcels`)
  await store(request, token, "post", `/store/carts/${cart.id}/shipping-methods`, { option_id: parcels[0]!.options[0]!.id })
  const { payment_collection } = await store<{ payment_collection: { id: string } }>(request, token, "post", "/store/payment-collections", { cart_id: cart.id })
  const { payment_collection: withSession } = await store<{ payment_collection: { payment_sessions: { provider_id: string; data: { id: string } }[] } }>(
    request,
    token,
    "post",
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: ALIPAY }
  )
  const intentId = withSession.payment_sessions.find((s) => s.provider_id === ALIPAY)!.data.id
  await succeedAlipayPayment(request, intentId)
  // Medusa turns the webhook into the order about 5 s later.
  let orderId = ""
  await expect
    .poll(
      async () => {
        const { orders } = await store<{ orders: { id: string }[] }>(request, token, "get", "/store/orders")
        orderId = orders[0]?.id ?? ""
        return orderId
      },
      { timeout: 30_000 }
    )
    .toMatch(/^order_/)
  return { orderId, intentId }
}

test("a shopper returns an item without a reason; the enterprise approves and receives it in the portal; the refund reaches Stripe", async ({ page, browser, request }) => {
  test.setTimeout(180_000)
  const email = `return-${unique()}@example.com`
  const token = await registerShopper(request, email)
  const { orderId, intentId } = await paidOrder(request, token, email, "langao-konjac-noodles", 2)
  const langao = await backendApi<{ token: string }>("/auth/enterprise/emailpass", { body: { email: "langao@enterprise.example.com", password: "seleno-portal" } })
  await backendApi(`/enterprise/orders/${orderId}/fulfillments`, { token: langao.token, body: { carrier: "ems", tracking_number: "EA123456789CN" } })

  // The shopper signs in and opens the order's after-sales page from the account.
  await page.goto("/zh-CN/account")
  const login = page.getByRole("form", { name: "登录" })
  await login.getByLabel("电子邮箱").fill(email)
  await login.getByLabel("密码").fill(PASSWORD)
  await login.getByRole("button", { name: "登录" }).click()
  await page.getByTestId("order-after-sales").first().click()
  await expect(page.getByRole("heading", { level: 1, name: "申请售后" })).toBeVisible()
  const part = page.getByTestId("after-sales-part").filter({ hasText: "岚皋县魔芋专业合作社" })

  // Not confirmed yet: no form. Confirming receipt opens it.
  await expect(part.getByTestId("after-sales-form")).toHaveCount(0)
  await part.getByRole("button", { name: "确认收货" }).click()
  await expect(part.getByTestId("delivered")).toContainText("签收")

  // Asking for nothing is refused in words; one unit goes through.
  const form = part.getByTestId("after-sales-form")
  await form.getByLabel("售后类型").selectOption("return_refund")
  await form.getByLabel("原因").selectOption("no_reason")
  const quantity = form.getByRole("spinbutton")
  await quantity.fill("0")
  await form.getByRole("button", { name: "提交申请" }).click()
  await expect(form.getByTestId("after-sales-message")).toHaveText("请至少选择一件商品及数量。")
  const ask = async () => {
    await part.getByTestId("after-sales-form").getByRole("spinbutton").fill("1")
    await part.getByTestId("after-sales-form").getByLabel("问题说明（选填）").fill("买多了")
    await part.getByTestId("after-sales-form").getByRole("button", { name: "提交申请" }).click()
  }
  await ask()
  await expect(part.getByTestId("after-sales-status")).toHaveText(["待企业处理"])
  // Changed their mind while the enterprise has not decided: withdrawn, then asked again (newest first).
  await part.getByRole("button", { name: "撤回申请" }).click()
  await expect(part.getByTestId("after-sales-status")).toHaveText(["已撤回"])
  await expect(part.getByRole("button", { name: "撤回申请" })).toHaveCount(0)
  await ask()
  await expect(part.getByTestId("after-sales-status")).toHaveText(["待企业处理", "已撤回"])
  const refundText = (await part.getByTestId("after-sales-refund").first().textContent())!.trim()
  const refundFen = Math.round(Number(refundText.replace(/[^\d.]/g, "")) * 100)
  expect(refundFen).toBeGreaterThan(0)

  // The enterprise approves in the portal, then confirms the goods are back.
  const portal = await (await browser.newContext()).newPage()
  await portal.goto("/zh-CN/portal/login")
  await portal.getByLabel("登录邮箱").fill("langao@enterprise.example.com")
  await portal.getByLabel("密码").fill("seleno-portal")
  await portal.getByRole("button", { name: "登录", exact: true }).click()
  await portal.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "售后" }).click()
  const card = portal.getByTestId("portal-after-sales").filter({ hasText: orderId }).filter({ hasNotText: "已撤回" })
  await expect(card.getByTestId("portal-after-sales-status")).toHaveText("待企业处理")
  await card.getByRole("button", { name: "同意" }).click()
  await expect(card.getByTestId("portal-after-sales-status")).toHaveText("已同意，请寄回商品")
  await card.getByRole("button", { name: "已收到退货，退款" }).click()
  await expect(card.getByTestId("portal-after-sales-status")).toHaveText("已退款")

  // The refund reached the payment provider, to the fen, and the shopper sees it.
  const response = await request.get(`${CONTROL}/refunds?payment_intent=${intentId}`)
  const { refunds } = (await response.json()) as { refunds: { amount: number }[] }
  expect(refunds.map((r) => r.amount)).toEqual([refundFen])
  await page.reload()
  await expect(part.getByTestId("after-sales-status")).toHaveText(["已退款", "已撤回"])
})
