import { expect, test } from "@playwright/test"
import { adminGet } from "./support/backend"
import { chooseParcelOption, fillCheckout } from "./support/shop"

test("a consumer finds products by category, buys two with a Chinese address and sees the order", async ({ page }) => {
  await page.goto("/zh-CN")
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN")

  // First product: through the tea category.
  await page.getByRole("link", { name: "茶叶", exact: true }).first().click()
  await expect(page).toHaveURL(/\/zh-CN\/categories\/tea$/)
  await page.getByRole("link", { name: "紫阳毛尖富硒绿茶", exact: true }).first().click()
  await expect(page.getByRole("heading", { level: 1, name: "紫阳毛尖富硒绿茶" })).toBeVisible()
  await expect(page.getByText("3.6 微克")).toBeVisible() // 1.2 mg/kg × 3 g
  await page.getByRole("button", { name: "加入购物车" }).click()
  await expect(page.getByTestId("cart-count")).toHaveText("1")

  // Second product: through the konjac category.
  await page.goto("/zh-CN/categories/konjac")
  await page.getByRole("link", { name: "岚皋魔芋挂面", exact: true }).first().click()
  await page.getByRole("button", { name: "加入购物车" }).click()
  await expect(page.getByTestId("cart-count")).toHaveText("2")

  // Change the tea's quantity in the cart.
  await page.goto("/zh-CN/cart")
  const teaLine = page.getByTestId("cart-line").filter({ hasText: "紫阳毛尖富硒绿茶" })
  await teaLine.getByRole("spinbutton").fill("3")
  await teaLine.getByRole("button", { name: /更新/ }).click()
  await expect(page.getByTestId("cart-count")).toHaveText("4")
  await expect(page.getByTestId("cart-total")).toContainText("¥423.00") // 3 × 128 + 39

  await page.getByRole("link", { name: "去结算" }).click()
  await expect(page).toHaveURL(/\/zh-CN\/checkout$/)
  const email = `buyer-${Date.now()}@example.com`
  const address = await fillCheckout(page, { email })
  // Two parcels (two enterprises): express for the tea, standard for the noodles.
  await expect(page.getByTestId("parcel")).toHaveCount(2)
  await chooseParcelOption(page, "紫阳县富硒茶业有限公司", /顺丰特快/)
  const invoice = { type: "company", title: "安康富硒贸易有限公司", taxpayer_id: "91610900MA6Y2Q8X3M" }
  await page.getByRole("checkbox", { name: "需要开具发票" }).check()
  await page.getByRole("radio", { name: "单位" }).check()
  await page.getByLabel("发票抬头").fill(invoice.title)
  await page.getByLabel("纳税人识别号").fill(invoice.taxpayer_id)
  await page.getByRole("button", { name: "提交订单" }).click()

  await expect(page).toHaveURL(/\/zh-CN\/order\/confirmed\/order_/, { timeout: 30_000 })
  const orderNumber = await page.getByTestId("order-number").textContent()
  expect(Number(orderNumber)).toBeGreaterThan(0)
  await expect(page.getByText(`${address.province} ${address.city} ${address.district}`)).toBeVisible()
  await expect(page.getByText(invoice.title)).toBeVisible()
  await expect(page.getByTestId("cart-count")).toHaveText("0")
  // Tea and noodles come from two enterprises, each shipping its own part.
  const parts = page.getByTestId("order-part")
  await expect(parts).toHaveCount(2)
  await expect(parts.filter({ hasText: "紫阳毛尖富硒绿茶" })).toContainText("紫阳县富硒茶业有限公司")
  await expect(parts.filter({ hasText: "岚皋魔芋挂面" })).toContainText("岚皋县魔芋专业合作社")
  await expect(page.getByTestId("order-part-status")).toHaveText(["待发货", "待发货"])

  const orderId = page.url().split("/").pop()!
  const { order } = await adminGet<{ order: { email: string; total: number; display_id: number; shipping_address: Record<string, string>; metadata: Record<string, unknown> } }>(
    `/admin/orders/${orderId}?fields=email,total,display_id,metadata,*shipping_address`
  )
  expect(order.email).toBe(email)
  expect(order.display_id).toBe(Number(orderNumber))
  expect(order.total).toBe(423 + 22 + 10)
  expect(order.shipping_address).toMatchObject({
    first_name: address.recipient,
    province: address.province,
    city: address.city,
    address_2: address.district,
    address_1: address.street,
    postal_code: address.postalCode,
    phone: address.phone,
    country_code: "cn",
  })
  expect(order.metadata.invoice).toEqual(invoice)
  expect(Date.parse(String(order.metadata.privacy_consent_at))).not.toBeNaN()
})
