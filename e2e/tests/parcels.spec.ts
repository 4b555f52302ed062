import { expect, test } from "@playwright/test"
import { adminGet } from "./support/backend"
import { addToCart, chooseParcelOption, fillCheckout } from "./support/shop"

test("a shopper picks one delivery method per enterprise parcel, each with its fee and estimate", async ({ page }) => {
  await addToCart(page, "ziyang-maojian-green-tea")
  await addToCart(page, "ankang-forest-pork")
  await page.goto("/zh-CN/checkout")

  const parcels = page.getByTestId("parcel")
  await expect(parcels).toHaveCount(2)
  const tea = parcels.filter({ hasText: "紫阳县富硒茶业有限公司" })
  const pork = parcels.filter({ hasText: "安康市汉滨区富硒食品有限公司" })
  await expect(tea).toContainText("常温")
  await expect(tea.getByRole("radio")).toHaveCount(2)
  await expect(tea).toContainText("预计 1–2 天送达")
  await expect(pork).toContainText("冷藏")

  // Submitting without a choice names each parcel that lacks one.
  await page.getByRole("button", { name: "提交订单" }).click()
  await expect(page.getByText("请为“紫阳县富硒茶业有限公司”的包裹选择配送方式。")).toBeVisible()

  // Choosing saves the address typed so far with the choice; the cold chain reaches Ankang, and
  // fresh pork is chilled: only the cold chain is offered for it.
  const email = `parcels-${Date.now()}@example.com`
  await fillCheckout(page, { email })
  await chooseParcelOption(page, "紫阳县富硒茶业有限公司", /顺丰特快/)
  await expect(pork.getByRole("radio")).toHaveCount(1)
  await pork.getByRole("radio", { name: /顺丰冷链/ }).check()
  // The choices are on the cart before the order is placed: the summary shows each parcel's fee.
  await expect(page.getByRole("complementary")).toContainText("顺丰冷链¥30.00")
  await expect(page.getByRole("complementary")).toContainText("顺丰特快¥22.00")
  await page.getByRole("button", { name: "提交订单" }).click()
  await expect(page).toHaveURL(/\/zh-CN\/order\/confirmed\/order_/, { timeout: 30_000 })

  const orderId = page.url().split("/").pop()!
  const { order } = await adminGet<{ order: { total: number; shipping_total: number; item_total: number; shipping_methods: { name: string; amount: number }[] } }>(
    `/admin/orders/${orderId}?fields=total,shipping_total,item_total,*shipping_methods`
  )
  expect(order.shipping_methods.map((m) => [m.name, m.amount]).sort()).toEqual([
    ["顺丰冷链", 30],
    ["顺丰特快", 22],
  ])
  expect(order.shipping_total).toBe(52)
  expect(order.total).toBe(order.item_total + 52)
})
