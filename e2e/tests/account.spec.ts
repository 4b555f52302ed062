import { expect, test } from "@playwright/test"
import { passwordResetLink, unique } from "./support/backend"
import { addToCart, fillCheckout } from "./support/shop"

test("a shopper registers, keeps the guest cart, sees the order in the history and resets the password", async ({ page }) => {
  const email = `member-${unique()}@example.com`
  await addToCart(page, "ankang-walnuts")
  await expect(page.getByTestId("cart-count")).toHaveText("1")

  await page.goto("/zh-CN/account")
  const register = page.getByRole("form", { name: "注册新账户" })
  await register.getByLabel("姓名").fill("李娜")
  await register.getByLabel("电子邮箱").fill(email)
  await register.getByLabel("密码").fill("first-password-1")
  await register.getByRole("button", { name: "注册" }).click()
  await expect(page.getByRole("heading", { name: "您好，李娜" })).toBeVisible()
  await expect(page.getByTestId("cart-count")).toHaveText("1")

  await page.goto("/zh-CN/checkout")
  await expect(page.getByLabel("电子邮箱")).toHaveValue(email)
  await fillCheckout(page, { email })
  await page.getByRole("button", { name: "提交订单" }).click()
  const orderNumber = await page.getByTestId("order-number").textContent()

  await page.goto("/zh-CN/account")
  await expect(page.getByTestId("order-row").filter({ hasText: `订单 #${orderNumber}` })).toBeVisible()
  await page.getByRole("button", { name: "退出登录" }).click()
  await expect(page.getByRole("form", { name: "登录" })).toBeVisible()

  await page.goto("/zh-CN/account/reset-password")
  await page.getByLabel("电子邮箱").fill(email)
  await page.getByRole("button", { name: "发送重置链接" }).click()
  await expect(page.getByText("重置链接已发送")).toBeVisible()

  const link = await passwordResetLink(email)
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ""))
  await page.getByLabel("新密码").fill("second-password-2")
  await page.getByRole("button", { name: "设置新密码" }).click()
  await expect(page.getByText("密码已更新")).toBeVisible()

  await page.goto("/zh-CN/account")
  const login = page.getByRole("form", { name: "登录" })
  await login.getByLabel("电子邮箱").fill(email)
  await login.getByLabel("密码").fill("first-password-1")
  await login.getByRole("button", { name: "登录" }).click()
  await expect(page.getByText("邮箱或密码错误。")).toBeVisible()
  await login.getByLabel("密码").fill("second-password-2")
  await login.getByRole("button", { name: "登录" }).click()
  await expect(page.getByRole("heading", { name: "您好，李娜" })).toBeVisible()
})

test("repeated wrong passwords on the sign-in page say how long to wait and to reset the password", async ({ page }) => {
  const email = `guessed-${unique()}@example.com`
  await page.goto("/zh-CN/account")
  const login = page.getByRole("form", { name: "登录" })
  await login.getByLabel("电子邮箱").fill(email)
  const button = login.getByRole("button", { name: "登录" })
  // Five wrong passwords from one place are answered as wrong; the sixth attempt is held back.
  for (let i = 0; i < 5; i++) {
    await login.getByLabel("密码").fill(`wrong-password-${i}`)
    await button.click()
    await expect(page.getByText("邮箱或密码错误。")).toBeVisible()
    await expect(button).toBeEnabled()
  }
  await login.getByLabel("密码").fill("wrong-password-5")
  await button.click()
  await expect(login.getByText(/^登录尝试次数过多，请在 1[45] 分钟后重试，或重设密码。$/)).toBeVisible()
  await expect(page.getByText("邮箱或密码错误。")).toBeHidden()
})
