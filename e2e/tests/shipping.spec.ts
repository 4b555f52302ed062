import { expect, test, type Page } from "@playwright/test"
import { unique } from "./support/backend"
import { addToCart, fillCheckout } from "./support/shop"

// Shipping a part in the portal, in Chinese: pack, unpack, ship with a checked waybill, correct it.
const LANGAO = { email: "langao@enterprise.example.com", password: "seleno-portal" }
// Words of the backend's English refusals; none may reach a Chinese screen.
const ENGLISH = /tracking|carrier|expected|waybill|fulfil|shipped|invalid|not a /i

async function placeOrder(shopper: Page): Promise<string> {
  await addToCart(shopper, "langao-konjac-noodles", 1)
  await shopper.goto("/zh-CN/checkout")
  await fillCheckout(shopper, { email: `buyer-${unique()}@example.com` })
  await shopper.getByRole("button", { name: "提交订单" }).click()
  await expect(shopper).toHaveURL(/\/zh-CN\/order\/confirmed\/order_/, { timeout: 30_000 })
  return shopper.url().split("/").pop()!
}

// Once marked fixme (a checkout that stalled on an overloaded machine); passed again beside
// portal.spec on 2 workers (49 s). The backend flow is also in enterprise-shipping.spec.ts.
test("an enterprise packs, unpacks, ships with a checked waybill and corrects it, all in Chinese", async ({ page, browser }) => {
  test.setTimeout(120_000)
  const shopper = await browser.newPage()
  const orderId = await placeOrder(shopper)

  await page.goto("/zh-CN/portal/login")
  await page.getByLabel("登录邮箱").fill(LANGAO.email)
  await page.getByLabel("密码").fill(LANGAO.password)
  await page.getByRole("button", { name: "登录", exact: true }).click()
  await expect(page).not.toHaveURL(/\/login/)
  await page.goto(`/zh-CN/portal/orders/${orderId}`)
  await expect(page.getByTestId("portal-order-status")).toHaveText("待发货")

  // Packed without a waybill, then unpacked: the items are back to ship.
  await page.getByRole("button", { name: "只打包" }).click()
  await expect(page.getByText("已打包。填好运单号就可以发货。")).toBeVisible()
  await expect(page.getByTestId("portal-fulfilment-stage")).toHaveText("已打包，待发货")
  await expect(page.getByTestId("portal-order-status")).toHaveText("已打包待发货")
  await page.getByRole("button", { name: "取消打包" }).click()
  await expect(page.getByText("已取消打包，商品回到待发货。")).toBeVisible()
  await expect(page.getByTestId("portal-fulfilment")).toHaveCount(0)
  await expect(page.getByTestId("portal-order-status")).toHaveText("待发货")

  // Packed again and shipped: "SF-12 34" is not cleaned up into another number, it is refused in
  // Chinese, naming the carrier and the form, and what was typed stays.
  await page.getByRole("button", { name: "只打包" }).click()
  const ship = page.getByRole("form", { name: "填写运单号发货" })
  await ship.getByLabel("快递公司").selectOption({ label: "顺丰速运" })
  await ship.getByLabel("运单号").fill("SF-12 34")
  await ship.getByRole("button", { name: "发货", exact: true }).click()
  await expect(ship.getByLabel("运单号")).toHaveAttribute("aria-invalid", "true")
  await expect(ship).toContainText("这不是顺丰速运的运单号：应为SF 开头共 15 位（如 SF1234567890123），或 12 位数字。")
  await expect(ship.getByLabel("运单号")).toHaveValue("SF-12 34")
  await expect(page.locator("main")).not.toContainText(ENGLISH)

  await ship.getByLabel("运单号").fill("SF1234567890123")
  await ship.getByRole("button", { name: "发货", exact: true }).click()
  await expect(page.getByText("已记录发货。")).toBeVisible()
  await expect(page.getByTestId("portal-fulfilment-stage")).toHaveText("已发货")
  await expect(page.getByTestId("portal-fulfilment")).toContainText("SF1234567890123")
  await expect(page.getByRole("button", { name: "取消打包" })).toHaveCount(0)

  // The waybill was mistyped: corrected, checked by the same rule (another carrier's form here).
  await page.getByText("更正运单号", { exact: true }).click()
  const correct = page.getByRole("form", { name: "更正运单号" })
  await correct.getByLabel("快递公司").selectOption({ label: "京东物流" })
  await correct.getByRole("button", { name: "保存更正" }).click()
  await expect(correct).toContainText("这不是京东物流的运单号：应为JD 开头共 15 位")
  await expect(page.locator("main")).not.toContainText(ENGLISH)
  await correct.getByLabel("运单号").fill("JDVA00012345678")
  await correct.getByRole("button", { name: "保存更正" }).click()
  await expect(page.getByText("运单号已更正，买家看到的是新的运单号。")).toBeVisible()
  await expect(page.getByTestId("portal-fulfilment")).toContainText("京东物流")
  await expect(page.getByTestId("portal-fulfilment")).toContainText("JDVA00012345678")

  // The shopper's order page shows the corrected number only.
  await shopper.reload()
  const part = shopper.getByTestId("order-part").filter({ hasText: "岚皋县魔芋专业合作社" })
  await expect(part.getByTestId("order-part-status")).toHaveText("已发货")
  await expect(part).toContainText("JDVA00012345678")
  await expect(part).not.toContainText("SF1234567890123")
  await shopper.close()
})
