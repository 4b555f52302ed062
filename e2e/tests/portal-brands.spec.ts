import { expect, test } from "@playwright/test"
import { adminToken, unique } from "./support/backend"
import { applyByApi, backendApi, portalSignIn } from "./support/enterprise"

const PASSWORD = "portal-pass-1"

test("an enterprise asks for a county brand in Chinese, staff grant it, and the portal shows it in force", async ({ page }) => {
  const owner = `brand-${unique()}@enterprise.example.com`
  const id = await applyByApi(owner, "品牌申请合作社", PASSWORD)
  const token = await adminToken()
  await backendApi(`/admin/enterprises/${id}/review`, { token, body: { decision: "approve" } })
  await portalSignIn(page, owner, PASSWORD)
  await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "品牌授权" }).click()
  await expect(page.getByText("暂无生效的品牌授权。")).toBeVisible()

  // Nothing chosen: the form says what is missing, in Chinese.
  await page.getByRole("button", { name: "提交申请" }).click()
  await expect(page.getByText("请选择要申请的品牌。")).toBeVisible()
  await expect(page.getByText("请至少选择一个类目。")).toBeVisible()

  await page.getByLabel("品牌", { exact: true }).selectOption({ label: "岚皋魔芋" })
  await page.getByRole("group", { name: "类目" }).getByLabel("魔芋").check()
  await page.getByLabel("申请说明（可选）").fill("基地在岚皋县，魔芋 300 亩。")
  await page.getByRole("button", { name: "提交申请" }).click()
  await expect(page.getByText("申请已提交，等待平台审核。")).toBeVisible()
  await expect(page.getByTestId("portal-brand-request")).toContainText("岚皋魔芋")
  await expect(page.getByTestId("portal-brand-request")).toContainText("待审核")

  // The same brand again is refused while the first waits, in Chinese.
  await page.getByLabel("品牌", { exact: true }).selectOption({ label: "岚皋魔芋" })
  await page.getByRole("group", { name: "类目" }).getByLabel("魔芋").check()
  await page.getByRole("button", { name: "提交申请" }).click()
  await expect(page.getByText("这个品牌已有一份申请在等待审核，请等待平台的决定。")).toBeVisible()

  const { brand_authorization_requests: queue } = await backendApi<{ brand_authorization_requests: { id: string }[] }>(
    `/admin/brand-authorization-requests?status=pending&enterprise_id=${id}`,
    { token }
  )
  const until = new Date(Date.now() + 365 * 86400000).toISOString()
  await backendApi(`/admin/brand-authorization-requests/${queue[0]!.id}/decide`, { token, body: { decision: "grant", category_handles: ["konjac"], valid_until: until } })
  await page.reload()
  await expect(page.getByTestId("portal-brand-request")).toContainText("已授权")
  await expect(page.getByTestId("portal-brand-in-force")).toHaveText("岚皋魔芋 · 魔芋")
})
