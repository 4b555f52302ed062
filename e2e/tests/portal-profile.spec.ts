import { expect, test } from "@playwright/test"
import { adminGet, adminPost, unique } from "./support/backend"
import { applyByApi, portalSignIn } from "./support/enterprise"

const PASSWORD = "portal-pass-1"

test("an owner edits the enterprise's details in Chinese: contact at once, the registered name after review", async ({ page }) => {
  const owner = `profile-${unique()}@enterprise.example.com`
  const name = `资料合作社 ${unique()}`
  const id = await applyByApi(owner, name, PASSWORD)
  await adminPost(`/admin/enterprises/${id}/review`, { decision: "approve" })
  await portalSignIn(page, owner, PASSWORD)
  await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "企业资料" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "企业资料" })).toBeVisible()
  const form = page.getByRole("form", { name: "企业资料" })
  await expect(form.getByLabel("企业名称（与营业执照一致）")).toHaveValue(name)

  // A malformed credit code is refused in Chinese before anything is sent.
  await form.getByLabel("统一社会信用代码").fill("12345")
  await form.getByRole("button", { name: "保存" }).click()
  await expect(page.getByText("统一社会信用代码应为 18 位。")).toBeVisible()
  await page.reload()

  const renamed = `凤堰富硒茶业有限公司 ${unique()}`
  await form.getByLabel("联系人姓名").fill("王芳")
  await form.getByLabel("企业名称（与营业执照一致）").fill(renamed)
  await form.getByRole("button", { name: "保存" }).click()
  await expect(page.getByText("联系信息已保存；登记信息的变更已提交平台审核，审核结果会通过邮件通知您。")).toBeVisible()
  await page.reload()
  const pending = page.getByTestId("portal-profile-pending")
  await expect(pending).toContainText("以下变更正在等待平台审核：")
  await expect(pending).toContainText(`企业名称：${name} → ${renamed}`)
  // The contact took effect; the registered name waits.
  await expect(form.getByLabel("联系人姓名")).toHaveValue("王芳")
  await expect(form.getByLabel("企业名称（与营业执照一致）")).toHaveValue(name)

  // A second change while one waits is refused, in Chinese.
  await form.getByLabel("企业名称（与营业执照一致）").fill(`${renamed} 二`)
  await form.getByRole("button", { name: "保存" }).click()
  await expect(page.getByText("已有一份登记信息变更在等待审核，请等待平台的决定后再提交。")).toBeVisible()

  const { profile_changes: queue } = await adminGet<{ profile_changes: { id: string; enterprise_id: string }[] }>("/admin/enterprise-profile-changes?status=pending")
  const change = queue.find((c) => c.enterprise_id === id)!
  await adminPost(`/admin/enterprise-profile-changes/${change.id}/decide`, { decision: "approve" })
  await page.reload()
  await expect(page.getByTestId("portal-profile-pending")).toHaveCount(0)
  await expect(form.getByLabel("企业名称（与营业执照一致）")).toHaveValue(renamed)
  await expect(page.getByText(/已于 .* 通过审核/)).toBeVisible()
  // No English reached the Chinese page.
  await expect(page.locator("main")).not.toContainText(/\b(must|invalid|already|error)\b/i)
})
