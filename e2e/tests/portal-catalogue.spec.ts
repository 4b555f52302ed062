import { expect, test } from "@playwright/test"
import { adminToken, unique } from "./support/backend"
import { applyByApi, backendApi, portalSignIn } from "./support/enterprise"

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
