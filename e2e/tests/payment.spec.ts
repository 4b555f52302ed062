import { expect, test } from "@playwright/test"
import { addToCart, fillCheckout } from "./support/shop"
import { alipayCart, succeedAlipayPayment } from "./support/stripe"

// The stack runs with Stripe keys against the local Stripe test double (scripts/serve.mjs);
// Stripe.js itself cannot be reached from these machines, and the tests block it explicitly.

test("when Stripe.js cannot load, choosing Alipay says so and the shopper still orders with the demo payment", async ({ page }) => {
  await page.route("https://js.stripe.com/**", (route) => route.abort())
  await addToCart(page, "langao-konjac-noodles")
  await page.goto("/zh-CN/checkout")
  await fillCheckout(page, { email: `stripe-down-${Date.now()}@example.com` })

  const methods = page.getByRole("group", { name: "5. 支付方式" })
  for (const name of ["微信支付", "支付宝", "银行卡"]) await expect(methods.getByRole("radio", { name: new RegExp(name) })).toBeVisible()
  const demo = methods.getByRole("radio", { name: /演示支付/ })
  await expect(demo).toBeChecked()

  await methods.getByRole("radio", { name: /支付宝/ }).check()
  await expect(page.getByRole("alert").filter({ hasText: "支付服务暂时无法加载，请选择其他支付方式。" })).toBeVisible()
  await expect(page.getByRole("button", { name: "提交订单" })).toBeDisabled()

  await demo.check()
  await expect(page.getByText("支付服务暂时无法加载")).toHaveCount(0)
  await page.getByRole("button", { name: "提交订单" }).click()
  await expect(page).toHaveURL(/\/zh-CN\/order\/confirmed\/order_/)
  await expect(page.getByTestId("order-number")).toHaveText(/^\d+$/)
})

test("the return page waits for Stripe's signed webhook, then shows the order", async ({ page, request }) => {
  const { cartId, intentId } = await alipayCart(request, "pingli-jiaogulan")
  await page.goto(`/zh-CN/checkout/return?cart_id=${cartId}&payment_intent=${intentId}&redirect_status=succeeded`)
  await expect(page.getByRole("heading", { level: 1, name: "正在等待支付确认" })).toBeVisible()
  await expect(page.getByTestId("payment-result").getByRole("status")).toContainText("请不要重复付款")

  await succeedAlipayPayment(request, intentId)
  // Medusa processes webhooks about 5 s after receipt; the page polls and then shows the order.
  await expect(page).toHaveURL(/\/zh-CN\/order\/confirmed\/order_/, { timeout: 30_000 })
  await expect(page.getByTestId("order-number")).toHaveText(/^\d+$/)

  // Coming back later (or without JavaScript) goes straight to the order.
  await page.goto(`/zh-CN/checkout/return?cart_id=${cartId}&payment_intent=${intentId}&redirect_status=succeeded`)
  await expect(page).toHaveURL(/\/zh-CN\/order\/confirmed\/order_/)
})

test("the return page says when a payment failed and leads back to checkout", async ({ page, request }) => {
  const { cartId, intentId } = await alipayCart(request, "pingli-jiaogulan")
  await page.goto(`/en/checkout/return?cart_id=${cartId}&payment_intent=${intentId}&redirect_status=failed`)
  await expect(page.getByRole("heading", { level: 1, name: "Payment not completed" })).toBeVisible()
  await expect(page.getByRole("link", { name: "Back to checkout" })).toHaveAttribute("href", "/en/checkout")

  await page.goto("/zh-CN/checkout/return?cart_id=not-a-cart")
  await expect(page.getByRole("heading", { level: 1, name: "未找到这笔支付" })).toBeVisible()
})
