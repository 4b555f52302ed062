import { expect, test, type Page } from "@playwright/test"
import { adminToken, passwordResetLink, unique } from "./support/backend"
import { applyByApi, backendApi, portalSignIn } from "./support/enterprise"

// The team, as an owner and a colleague run it: roles bound what each sees and may do.

const PASSWORD = "portal-pass-1"
const nav = (page: Page) => page.getByRole("navigation", { name: "工作台导航" })
// Backend English must not reach a Chinese screen.
const ENGLISH_ERROR = /role|forbidden|not allowed|owner|invalid/i

test("the owner invites a packer, changes the role to finance, then removes the member", async ({ page, browser }) => {
  const owner = `owner-${unique()}@enterprise.example.com`
  const id = await applyByApi(owner, "团队测试合作社", PASSWORD)
  await backendApi(`/admin/enterprises/${id}/review`, { token: await adminToken(), body: { decision: "approve" } })
  await portalSignIn(page, owner, PASSWORD)
  await nav(page).getByRole("link", { name: "团队" }).click()
  await expect(page.getByTestId("portal-team-member")).toHaveCount(1)
  await expect(page.getByTestId("portal-team-roles")).toContainText("打包员")

  const colleague = `packer-${unique()}@enterprise.example.com`
  await page.getByLabel("同事的邮箱").fill(colleague)
  await page.getByLabel("角色", { exact: true }).selectOption("packer")
  await page.getByRole("button", { name: "生成邀请链接" }).click()
  const link = (await page.getByTestId("portal-join-link").textContent())!.trim()
  expect(link).toMatch(/\/zh-CN\/portal\/join\?token=/)
  await page.reload()
  await expect(page.getByTestId("portal-team-invite")).toContainText(`${colleague} · 打包员`)

  // The colleague, in a browser of their own, joins and lands on the orders: a packer has no dashboard.
  const other = await browser.newContext()
  const packer = await other.newPage()
  await packer.goto(link)
  await packer.getByLabel("受邀邮箱").fill(colleague)
  await packer.getByLabel("您的姓名").fill("小周")
  await packer.getByLabel("设置密码").fill(PASSWORD)
  await packer.getByRole("button", { name: "加入" }).click()
  await expect(packer).toHaveURL(/\/zh-CN\/portal\/orders$/)
  await expect(nav(packer).getByRole("link")).toHaveText(["订单", "批次"])

  // A page outside the role says so, in Chinese, and shows no data.
  await packer.goto("/zh-CN/portal/settlement")
  await expect(packer.getByTestId("portal-load-error")).toHaveText("您当前的角色不能使用这里的功能。请使用上方导航中的功能；如需调整角色，请联系企业负责人。")
  await expect(packer.getByTestId("portal-load-error")).not.toContainText(ENGLISH_ERROR)

  // The owner makes the packer finance: settlement opens for them, shipping does not.
  await page.reload()
  const row = page.getByTestId("portal-team-member").filter({ hasText: colleague })
  await row.getByLabel("修改 小周 的角色").selectOption("finance")
  await row.getByRole("button", { name: "保存角色" }).click()
  await expect(row.getByRole("status")).toHaveText("小周 的角色已改为“财务”。")
  await packer.goto("/zh-CN/portal/settlement")
  await expect(packer.getByTestId("portal-load-error")).toHaveCount(0)
  await expect(nav(packer).getByRole("link", { name: "结算" })).toBeVisible()
  await expect(nav(packer).getByRole("link", { name: "团队" })).toHaveCount(0)

  // The only owner cannot step down.
  const self = page.getByTestId("portal-team-member").filter({ hasText: owner })
  await self.getByRole("combobox").selectOption("packer")
  await self.getByRole("button", { name: "保存角色" }).click()
  await expect(self.getByRole("alert")).toHaveText("这是企业唯一的负责人。请先把另一位成员设为负责人。")

  // Removal asks once more; the member's login stops working at once.
  await row.getByRole("button", { name: "移除" }).click()
  await expect(row).toContainText("移除 小周？对方将立即无法登录工作台。")
  await row.getByRole("button", { name: "移除" }).click()
  await expect(page.getByTestId("portal-team-member")).toHaveCount(1)
  await packer.goto("/zh-CN/portal/settlement")
  await expect(packer).toHaveURL(/\/zh-CN\/portal\/login$/)
  await other.close()
})

test("an enterprise login that forgot its password resets it from the portal's sign-in page", async ({ page }) => {
  const owner = `forgot-${unique()}@enterprise.example.com`
  const id = await applyByApi(owner, "忘记密码合作社", PASSWORD)
  await backendApi(`/admin/enterprises/${id}/review`, { token: await adminToken(), body: { decision: "approve" } })
  await page.goto("/zh-CN/portal/login")
  await page.getByRole("link", { name: "忘记密码？" }).click()
  await page.getByLabel("电子邮箱").fill(owner)
  await page.getByRole("button", { name: "发送重置链接" }).click()
  await expect(page.getByText("如果该邮箱已注册，重置链接已发送，请查收邮件。")).toBeVisible()

  // The link opens the portal's page, not the shop's or the admin's.
  const link = await passwordResetLink(owner)
  expect(new URL(link).pathname).toBe("/zh-CN/portal/reset-password")
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ""))
  await page.getByLabel("新密码").fill("portal-pass-2")
  await page.getByRole("button", { name: "设置新密码" }).click()
  await expect(page.getByText("密码已更新，请使用新密码登录。")).toBeVisible()

  await portalSignIn(page, owner, "portal-pass-2")
  await expect(page.getByTestId("portal-enterprise")).toHaveText("忘记密码合作社")
})
