import { expect, type Page } from "@playwright/test"
import { ANKANG_ADDRESS } from "../../address.mjs"

/** What a shopper types into the checkout form: the address the API-driven tests put on carts. */
export const ADDRESS = {
  email: "buyer@example.com",
  recipient: ANKANG_ADDRESS.first_name,
  province: ANKANG_ADDRESS.province,
  city: ANKANG_ADDRESS.city,
  district: ANKANG_ADDRESS.address_2,
  street: ANKANG_ADDRESS.address_1,
  postalCode: ANKANG_ADDRESS.postal_code,
  phone: ANKANG_ADDRESS.phone,
}

/** Opens a product page and adds `quantity` of its selected variant to the cart. */
export async function addToCart(page: Page, handle: string, quantity = 1): Promise<void> {
  await page.goto(`/zh-CN/products/${handle}`)
  await page.getByLabel("数量").fill(String(quantity))
  await page.getByRole("button", { name: "加入购物车" }).click()
  await expect(page.getByText("已加入购物车。")).toBeVisible()
}

/** Fills the checkout form; `overrides` replaces single fields to test bad input. */
export async function fillCheckout(page: Page, overrides: Partial<typeof ADDRESS> = {}): Promise<typeof ADDRESS> {
  const a = { ...ADDRESS, ...overrides }
  await page.getByLabel("电子邮箱").fill(a.email)
  await page.getByLabel("收货人姓名").fill(a.recipient)
  if (a.province) await page.getByLabel("省份").selectOption({ label: a.province })
  if (a.city) await page.getByLabel("城市").selectOption({ label: a.city })
  if (a.district) await page.getByLabel("区/县").selectOption({ label: a.district })
  await page.getByLabel("详细地址").fill(a.street)
  await page.getByLabel("邮政编码").fill(a.postalCode)
  await page.getByLabel("手机号码").fill(a.phone)
  await chooseShipping(page)
  await page.getByRole("checkbox", { name: /我已阅读并同意/ }).check()
  return a
}

/**
 * Picks a delivery method for every parcel (one per enterprise and temperature): the option
 * matching `option` where the parcel offers one, else its first (cheapest). Each choice is saved
 * on the cart at once; this waits until the summary shows the shipping line.
 */
export async function chooseShipping(page: Page, option: RegExp = /标准快递|Standard/): Promise<void> {
  const parcels = page.getByTestId("parcel")
  const count = await parcels.count()
  for (let i = 0; i < count; i++) {
    const parcel = parcels.nth(i)
    const preferred = parcel.getByRole("radio", { name: option })
    await ((await preferred.count()) ? preferred.first() : parcel.getByRole("radio").first()).check()
  }
}

/** Picks `option` in the parcel whose text matches `parcelText` (its shipper or an item title). */
export async function chooseParcelOption(page: Page, parcelText: string | RegExp, option: RegExp): Promise<void> {
  await page.getByTestId("parcel").filter({ hasText: parcelText }).getByRole("radio", { name: option }).check()
}

/**
 * Opens `path` until `check` passes. Pages are served from the storefront's cache and the backend's
 * notice of a change arrives a moment after the admin call that made it (within 2 s: see
 * page-cache.spec.ts), so a test that changes data and looks at once must look again.
 */
export async function expectOnPage(page: Page, path: string, check: () => Promise<void>, timeout = 5000): Promise<void> {
  await expect(async () => {
    await page.goto(path)
    await check()
  }).toPass({ timeout, intervals: [200, 300, 500] })
}
