import fs from "node:fs"
import { expect, test, type Page } from "@playwright/test"
import { portalSignIn } from "./support/enterprise"
import { alipayCart, succeedAlipayPayment } from "./support/stripe"

// Bulk work on orders and stock in the Chinese portal: the order export, packing slips one by one
// and several at once, and stock shown as stocked, reserved and sellable.

const OWNER = "ziyang@enterprise.example.com"
const PASSWORD = "seleno-portal"
const TEA = "ziyang-maojian-green-tea"
// Backend English must not reach a Chinese screen.
const ENGLISH_ERROR = /order|select|packing|slip|invalid|not found|forbidden/i

const nav = (page: Page) => page.getByRole("navigation", { name: "工作台导航" })

async function downloadOf(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()])
  return { name: download.suggestedFilename(), bytes: fs.readFileSync((await download.path())!) }
}

test("the owner exports orders as CSV, prints packing slips and reads stock as stocked, reserved and sellable", async ({ page, request }) => {
  // A shopper buys the demo enterprise's tea (paid by Alipay at the Stripe test double).
  const { intentId } = await alipayCart(request, TEA)
  await succeedAlipayPayment(request, intentId)

  await portalSignIn(page, OWNER, PASSWORD)
  await nav(page).getByRole("link", { name: "订单" }).click()
  await expect(page).toHaveURL(/\/zh-CN\/portal\/orders$/)
  // Medusa turns the webhook into the order a few seconds later.
  await expect(async () => {
    await page.reload()
    await expect(page.getByTestId("portal-order-row").first()).toBeVisible({ timeout: 2000 })
  }).toPass({ timeout: 30_000 })

  // The export: this month by default, any status; a CSV with a BOM and Chinese headers.
  await expect(page.getByRole("heading", { name: "导出订单" })).toBeVisible()
  await expect(page.getByLabel("发货状态")).toHaveValue("")
  const csv = await downloadOf(page, () => page.getByRole("button", { name: "导出 CSV" }).click())
  expect(csv.name).toMatch(/^seleno-orders-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/)
  const text = csv.bytes.toString("utf8")
  expect(text.startsWith("\uFEFF订单号")).toBe(true)
  expect(text).toContain("紫阳毛尖")
  expect(text).not.toContain("兴安路")

  // One order's packing slip from its row.
  const row = page.getByTestId("portal-order-row").first()
  const number = (await row.getByRole("link", { name: /查看订单/ }).textContent())!.trim().replace("#", "")
  const slip = await downloadOf(page, () => row.getByRole("link", { name: `下载订单 #${number} 的装箱单 (PDF)` }).click())
  expect(slip.name).toBe(`packing-slip-${number}.pdf`)
  expect(slip.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-")

  // Nothing ticked: the page says so in Chinese.
  await page.getByRole("button", { name: "打印所选装箱单 (PDF)" }).click()
  await expect(page.getByTestId("bulk-problem")).toHaveText("请先勾选要打印装箱单的订单。")
  await expect(page.getByTestId("bulk-problem")).not.toContainText(ENGLISH_ERROR)

  // Several ticked: one PDF.
  const rows = page.getByTestId("portal-order-row")
  const ticked = Math.min(await rows.count(), 2)
  for (let i = 0; i < ticked; i++) await rows.nth(i).getByRole("checkbox").check()
  const many = await downloadOf(page, () => page.getByRole("button", { name: "打印所选装箱单 (PDF)" }).click())
  expect(many.name).toBe(ticked === 1 ? `packing-slip-${number}.pdf` : `packing-slips-${ticked}.pdf`)
  expect(many.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-")

  // Stock: stocked, reserved (the open order holds the tea) and sellable apart.
  await nav(page).getByRole("link", { name: "商品" }).click()
  await expect(page.getByText("可售 = 库存 − 已预留")).toBeVisible()
  const teaRow = page.getByTestId("portal-product-row").filter({ hasText: "紫阳毛尖" }).first()
  const stockTable = teaRow.getByTestId("variant-stock")
  for (const header of ["规格", "价格", "库存", "已预留", "可售"]) await expect(stockTable.getByRole("columnheader", { name: header, exact: true })).toBeVisible()
  const variant = stockTable.getByTestId("variant-stock-row").first()
  const stocked = Number(await variant.getByTestId("stock-stocked").textContent())
  const reserved = Number(await variant.getByTestId("stock-reserved").textContent())
  const sellable = Number((await variant.getByTestId("stock-sellable").textContent())!.replace(/\D+$/, ""))
  expect(reserved).toBeGreaterThanOrEqual(1)
  expect(sellable).toBe(stocked - reserved)
})
