import { expect, test } from "@playwright/test"
import { adminToken, unique } from "./support/backend"
import { applyByApi, backendApi, gtin, portalSignIn } from "./support/enterprise"

// An enterprise's catalogue after review: 下架 / 重新上架 without a new review, and deleting with a confirmation.

const PASSWORD = "portal-pass-1"
const ENGLISH = /listing|offline|published|not allowed|delete/i

/** An approved enterprise holding the tea brand, with one listing staff approved; answers its token and the listing. */
async function publishedListing(email: string, title: string): Promise<{ token: string; productId: string }> {
  const id = await applyByApi(email, `下架测试茶业 ${unique()}`, PASSWORD)
  const admin = await adminToken()
  await backendApi(`/admin/enterprises/${id}/review`, { token: admin, body: { decision: "approve" } })
  const { brands } = await backendApi<{ brands: { id: string; handle: string }[] }>("/admin/brands", { token: admin })
  const brand = brands.find((b) => b.handle === "ankang-selenium-tea")!
  const now = Date.now()
  await backendApi(`/admin/enterprises/${id}/brand-authorizations`, {
    token: admin,
    body: { brand_id: brand.id, category_handles: ["tea"], valid_from: new Date(now - 86_400_000).toISOString(), valid_until: new Date(now + 365 * 86_400_000).toISOString() },
  })
  const { token } = await backendApi<{ token: string }>("/auth/enterprise/emailpass", { body: { email, password: PASSWORD } })
  const { product } = await backendApi<{ product: { id: string } }>("/enterprise/products", {
    token,
    body: { title, brand_id: brand.id, categories: ["tea"], variants: [{ title: "250 克罐装", price: 88, stock: 10 }] },
  })
  await backendApi(`/enterprise/products/${product.id}/submit`, { token, body: {} })
  await backendApi(`/admin/products/${product.id}/review`, { token: admin, body: { decision: "approve" } })
  return { token, productId: product.id }
}

test("an enterprise takes a listing offline, puts it back without review, then takes it offline and deletes it", async ({ page }) => {
  test.setTimeout(120_000)
  const email = `catalogue-${unique()}@enterprise.example.com`
  const title = `汉阴下架检验茶 ${unique()}`
  const { token, productId } = await publishedListing(email, title)
  await portalSignIn(page, email, PASSWORD)
  await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible()
  await page.goto(`/zh-CN/portal/products/${productId}`)
  const status = page.getByTestId("portal-product-status")
  await expect(status).toContainText("已上架")
  // A listing on sale offers no delete: it is taken offline first.
  await expect(page.getByRole("button", { name: "删除商品" })).toHaveCount(0)
  await expect(page.getByText("购物车中已有此商品的顾客也无法下单；已付款的订单照常发货和结算")).toBeVisible()

  await page.getByRole("button", { name: "下架", exact: true }).click()
  await expect(page.getByText("商品已下架，顾客无法再购买。")).toBeVisible()
  await expect(status).toContainText("已下架")

  await page.getByRole("button", { name: "重新上架" }).click()
  await expect(page.getByText("商品已重新上架。")).toBeVisible()
  await expect(status).toContainText("已上架")

  // Taken offline elsewhere meanwhile (another tab, a colleague): the refusal is said in Chinese.
  await backendApi(`/enterprise/products/${productId}/offline`, { token, body: {} })
  await page.getByRole("button", { name: "下架", exact: true }).click()
  const refusal = page.getByText("商品已经下架。请刷新页面。")
  await expect(refusal).toBeVisible()
  await expect(refusal).not.toContainText(ENGLISH)

  await page.reload()
  await expect(status).toContainText("已下架")
  await page.getByRole("button", { name: "删除商品" }).click()
  await expect(page.getByText(`确定删除“${title}”？此操作不可恢复。`)).toBeVisible()
  await page.getByRole("button", { name: "确认删除" }).click()
  await expect(page).toHaveURL(/\/zh-CN\/portal\/products\?deleted=1$/)
  await expect(page.getByRole("status").filter({ hasText: "商品已删除。" })).toBeVisible()
  await expect(page.getByText(title)).toHaveCount(0)
})

test("an enterprise sets a variant's GTIN on its row, opens a batch of it and records a production event", async ({ page }) => {
  test.setTimeout(120_000)
  const email = `gtin-${unique()}@enterprise.example.com`
  const title = `汉阴补条码茶 ${unique()}`
  const { token, productId } = await publishedListing(email, title)
  await portalSignIn(page, email, PASSWORD)
  await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible()

  // No GTIN yet: a batch is refused with where to set it, in Chinese.
  const { product } = await backendApi<{ product: { variants: { id: string }[] } }>(`/enterprise/products/${productId}`, { token })
  const variantId = product.variants[0]!.id
  await page.goto("/zh-CN/portal/batches")
  await page.getByLabel("商品规格").selectOption(variantId)
  await page.getByLabel("批号").fill("GT01")
  await page.getByLabel("生产日期").fill("2026-11-20")
  await page.getByLabel("包装数量").fill("3")
  await page.getByRole("button", { name: "创建批次" }).click()
  await expect(page.getByText("这个规格还没有商品条码 GTIN。请先在“商品”页面该规格的一行填写条码，再建立批次。").first()).toBeVisible()

  await page.goto(`/zh-CN/portal/products/${productId}`)
  const row = page.getByRole("form", { name: "更新规格 250 克罐装 的价格和库存" })
  const barcode = gtin()
  await row.getByLabel("商品条码 GTIN").fill(barcode)
  await row.getByRole("button", { name: "更新" }).click()
  await expect(page.getByText("规格 250 克罐装 已更新。")).toBeVisible()
  await page.reload()
  await expect(row.getByLabel("商品条码 GTIN")).toHaveValue(barcode)

  await backendApi("/enterprise/trace-batches", { token, body: { variant_id: variantId, lot: "GT01", produced_on: "2026-11-20", quantity: 3 } })
  // Printed: the GTIN is fixed now, and the row says so in Chinese.
  await row.getByLabel("商品条码 GTIN").fill(gtin())
  await row.getByRole("button", { name: "更新" }).click()
  await expect(page.getByText("这个规格已建立批次并印制了溯源标签，条码不能再修改。").first()).toBeVisible()

  await page.goto("/zh-CN/portal/batches")
  const events = page.getByRole("form", { name: "生产记录" })
  await events.getByLabel("批次", { exact: true }).selectOption({ index: 1 })
  await events.getByLabel("环节").selectOption({ label: "采收" })
  await events.getByLabel("日期").fill("2026-11-18")
  await events.getByLabel("地点").fill("汉阴县凤堰古梯田茶园")
  await events.getByRole("button", { name: "保存记录" }).click()
  await expect(page.getByText("生产记录已保存，溯源页面已显示。")).toBeVisible()
})
