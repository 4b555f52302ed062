import { expect, test, type Page } from "@playwright/test"
import { createStockedProduct, unique } from "./support/backend"
import { addToCart, ADDRESS, fillCheckout } from "./support/shop"

async function checkoutWith(page: Page, overrides: Partial<typeof ADDRESS>) {
  await addToCart(page, "hanyin-selenium-rice")
  await page.goto("/zh-CN/checkout")
  await fillCheckout(page, overrides)
  await page.getByRole("button", { name: "提交订单" }).click()
}

/** The form kept what the shopper typed in the other fields. */
async function expectTypedValuesKept(page: Page, except: keyof typeof ADDRESS) {
  const fields: [keyof typeof ADDRESS, string][] = [
    ["email", "电子邮箱"],
    ["recipient", "收货人姓名"],
    ["street", "详细地址"],
    ["postalCode", "邮政编码"],
    ["phone", "手机号码"],
  ]
  for (const [key, label] of fields) {
    if (key !== except) await expect(page.getByLabel(label)).toHaveValue(ADDRESS[key])
  }
  await expect(page.getByLabel("区/县")).toHaveValue(ADDRESS.district)
}

test("an invalid mobile number is named at its field and nothing typed is lost", async ({ page }) => {
  await checkoutWith(page, { phone: "12345678" })
  const phone = page.getByLabel("手机号码")
  await expect(phone).toHaveAttribute("aria-invalid", "true")
  await expect(phone).toHaveValue("12345678")
  await expect(page.getByText(/11 位/).first()).toBeVisible()
  await expectTypedValuesKept(page, "phone")
  await expect(page).toHaveURL(/\/checkout$/)
})

test("an invalid postal code is named at its field", async ({ page }) => {
  await checkoutWith(page, { postalCode: "72500" })
  const postal = page.getByLabel("邮政编码")
  await expect(postal).toHaveAttribute("aria-invalid", "true")
  await expect(postal).toHaveValue("72500")
  await expectTypedValuesKept(page, "postalCode")
})

test("an invalid e-mail is named at its field", async ({ page }) => {
  await checkoutWith(page, { email: "buyer-at-example.com" })
  const email = page.getByLabel("电子邮箱")
  await expect(email).toHaveAttribute("aria-invalid", "true")
  await expect(email).toHaveValue("buyer-at-example.com")
  await expectTypedValuesKept(page, "email")
})

test("missing address fields are each named and the filled ones kept", async ({ page }) => {
  await checkoutWith(page, { recipient: "", street: "", province: "", city: "", district: "" })
  for (const label of ["收货人姓名", "详细地址", "省份"]) {
    await expect(page.getByLabel(label)).toHaveAttribute("aria-invalid", "true")
  }
  await expect(page.getByLabel("手机号码")).toHaveValue(ADDRESS.phone)
  await expect(page.getByLabel("邮政编码")).toHaveValue(ADDRESS.postalCode)
  await expect(page.getByLabel("电子邮箱")).toHaveValue(ADDRESS.email)
})

test("a quantity above stock gets a clear message and leaves the cart unchanged", async ({ page }) => {
  const id = unique()
  const product = await createStockedProduct({ title: `限量绿茶 ${id}`, handle: `limited-tea-${id}`, price: 66, stock: 3 })
  await addToCart(page, product.handle, 2)
  await page.goto("/zh-CN/cart")
  const line = page.getByTestId("cart-line").filter({ hasText: `限量绿茶 ${id}` })
  await line.getByRole("spinbutton").fill("5")
  await line.getByRole("button", { name: /更新/ }).click()
  await expect(page.getByRole("alert").filter({ hasText: "库存不足" })).toBeVisible()
  await page.reload()
  await expect(page.getByTestId("cart-line").filter({ hasText: `限量绿茶 ${id}` }).getByRole("spinbutton")).toHaveValue("2")
  await expect(page.getByTestId("cart-count")).toHaveText("2")
})

test("a sold-out product shows its state and cannot be added", async ({ page }) => {
  const id = unique()
  const product = await createStockedProduct({ title: `售罄腊肉 ${id}`, handle: `sold-out-pork-${id}`, price: 88, stock: 0 })
  await page.goto(`/zh-CN/products/${product.handle}`)
  await expect(page.getByTestId("stock-state")).toHaveText("已售罄")
  await expect(page.getByRole("button", { name: "加入购物车" })).toBeDisabled()
})

test("an unknown product handle is a proper 404 page", async ({ page }) => {
  const response = await page.goto("/zh-CN/products/no-such-product")
  expect(response?.status()).toBe(404)
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN")
  await expect(page.getByRole("link", { name: "全部商品" }).first()).toBeVisible()
})
