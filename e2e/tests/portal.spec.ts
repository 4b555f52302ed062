import { readFile } from "node:fs/promises"
import { expect, test, type Page } from "@playwright/test"
import { adminToken, unique } from "./support/backend"
import { applyByApi as applyByApiAs, backendApi, creditCode, gtin, portalSignIn } from "./support/enterprise"
import { E2E_BACKEND_URL as BACKEND_URL } from "../ports.mjs"
import { minimalPdf } from "./support/files"
import { addToCart, fillCheckout } from "./support/shop"

// The enterprise portal end to end: applying, review, sign-in, products, orders, settlement, certificates.
const PASSWORD = "portal-pass-1"

const api = backendApi
const applyByApi = (email: string, name: string) => applyByApiAs(email, name, PASSWORD)

const signIn = (page: Page, email: string, password = PASSWORD) => portalSignIn(page, email, password)

test("an applicant applies, waits for review, signs out and in, and sees why the application was rejected", async ({ page }) => {
  const email = `applicant-${unique()}@enterprise.example.com`
  await page.goto("/zh-CN/portal")
  await expect(page).toHaveURL(/\/zh-CN\/portal\/login$/)
  await page.getByRole("link", { name: "申请入驻" }).click()

  const form = page.getByRole("form", { name: "申请入驻" })
  await form.getByLabel("登录邮箱").fill(email)
  await form.getByLabel("设置密码").fill(PASSWORD)
  await form.getByLabel("企业名称（与营业执照一致）").fill("汉阴县富硒茶叶有限公司")
  await form.getByLabel("统一社会信用代码").fill("91610921MA70C5M96X")
  await form.getByLabel("所在县区").selectOption("hanyin")
  await form.getByLabel("联系人姓名").fill("李娜")
  await form.getByLabel("联系电话").fill("0915-5211234")
  await form.getByRole("button", { name: "提交申请" }).click()

  // A wrong check character is named on its field; what was typed stays.
  const code = form.getByLabel("统一社会信用代码")
  await expect(code).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByText("统一社会信用代码校验位不正确，请核对。")).toBeVisible()
  await expect(form.getByLabel("企业名称（与营业执照一致）")).toHaveValue("汉阴县富硒茶叶有限公司")
  await expect(form.getByLabel("所在县区")).toHaveValue("hanyin")

  await code.fill(creditCode())
  // Any county of the provinces we serve, by its Chinese name: 建始县 of 恩施州 (division 422822).
  await form.getByLabel("所在县区").selectOption({ label: "建始县" })
  await form.getByLabel("设置密码").fill(PASSWORD)
  await form.getByLabel("营业执照扫描件或照片").setInputFiles({ name: "营业执照.pdf", mimeType: "application/pdf", buffer: minimalPdf("Business licence") })
  await form.getByRole("button", { name: "提交申请" }).click()
  await expect(page.getByTestId("portal-status")).toContainText("待审核")
  // The licence went up once the application existed, and platform staff can open it.
  await expect(page.getByText("营业执照未能上传")).toHaveCount(0)
  await expect(page.getByRole("navigation", { name: "工作台导航" })).toHaveCount(0)

  // The session is an httpOnly, SameSite=Strict cookie of its own.
  const cookie = (await page.context().cookies()).find((c) => c.name === "_seleno_portal")
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" })

  await page.getByRole("button", { name: "退出登录" }).click()
  await expect(page.getByText("您已退出登录。")).toBeVisible()
  await page.goto("/zh-CN/portal/orders")
  await expect(page).toHaveURL(/\/zh-CN\/portal\/login$/)

  await signIn(page, email, "wrong-password")
  await expect(page.getByText("邮箱或密码不正确。")).toBeVisible()
  await expect(page.getByLabel("登录邮箱")).toHaveValue(email)

  // Platform staff reject the application with a reason; the applicant sees it.
  const admin = await adminToken()
  const { token } = await api<{ token: string }>("/auth/enterprise/emailpass", { body: { email, password: PASSWORD } })
  const { enterprise } = await api<{ enterprise: { id: string; status: string; county: string } }>("/enterprise/me", { token })
  expect(enterprise).toMatchObject({ status: "pending", county: "422822" })
  const id = enterprise.id
  const { enterprise: reviewed } = await api<{ enterprise: { licence_file_url: string | null } }>(`/admin/enterprises/${id}`, { token: admin })
  // Private: a backend path that checks who asks, never a storage URL; staff open it as a download.
  expect(reviewed.licence_file_url).toMatch(/^\/enterprise\/files\/eupl_\w+$/)
  const licence = await fetch(`${BACKEND_URL}/admin/files/${reviewed.licence_file_url!.split("/").pop()}`, { headers: { authorization: `Bearer ${admin}` } })
  expect(licence.status).toBe(200)
  expect(licence.headers.get("content-disposition")).toMatch(/^attachment; /)
  expect((await fetch(`${BACKEND_URL}${reviewed.licence_file_url}`)).status).toBe(401)
  await api(`/admin/enterprises/${id}/review`, { token: admin, body: { decision: "reject", note: "营业执照照片不清晰，请重新上传" } })
  await signIn(page, email)
  await expect(page.getByTestId("portal-review-note")).toHaveText("原因：营业执照照片不清晰，请重新上传")
})

test("a server action from another origin does not sign anyone in", async ({ page, request }) => {
  const email = `csrf-${unique()}@enterprise.example.com`
  const id = await applyByApi(email, "跨站测试企业")
  await api(`/admin/enterprises/${id}/review`, { token: await adminToken(), body: { decision: "approve" } })
  await page.goto("/zh-CN/portal/login")
  await page.getByLabel("登录邮箱").fill(email)
  await page.getByLabel("密码").fill(PASSWORD)
  const [action] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    page.getByRole("button", { name: "登录", exact: true }).click(),
  ])
  await expect(page.getByTestId("portal-enterprise")).toHaveText("跨站测试企业")
  // The same action replayed as another site would send it.
  const headers = { ...action.headers(), origin: "https://evil.example" }
  delete (headers as Record<string, string>).cookie
  const forged = await request.post(action.url(), { headers, data: action.postDataBuffer() ?? "", maxRedirects: 0 })
  expect(forged.headers()["set-cookie"] ?? "").not.toContain("_seleno_portal")
  // And without any Origin at all.
  delete (headers as Record<string, string>).origin
  const noOrigin = await request.post(action.url(), { headers, data: action.postDataBuffer() ?? "", maxRedirects: 0 })
  expect(noOrigin.headers()["set-cookie"] ?? "").not.toContain("_seleno_portal")
})

test("an approved enterprise lists a product, changes its price, ships its part of an order, downloads its settlement and uploads a certificate", async ({ page, browser }) => {
  test.setTimeout(180_000)
  const email = `owner-${unique()}@enterprise.example.com`
  const enterpriseName = `汉阴富硒茶业 ${unique()}`
  const id = await applyByApi(email, enterpriseName)
  const admin = await adminToken()
  await api(`/admin/enterprises/${id}/review`, { token: admin, body: { decision: "approve" } })
  const { brands } = await api<{ brands: { id: string; handle: string }[] }>("/admin/brands", { token: admin })
  const brand = brands.find((b) => b.handle === "ankang-selenium-tea")!
  const now = Date.now()
  await api(`/admin/enterprises/${id}/brand-authorizations`, {
    token: admin,
    body: { brand_id: brand.id, category_handles: ["tea"], valid_from: new Date(now - 86_400_000).toISOString(), valid_until: new Date(now + 365 * 86_400_000).toISOString() },
  })

  await signIn(page, email)
  await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible()
  await expect(page.getByTestId("portal-enterprise")).toHaveText(enterpriseName)
  await expect(page.getByText("这段时间没有销售。").first()).toBeVisible()

  // A new listing: a bad price is named on its field and nothing typed is lost.
  await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "商品" }).click()
  await page.getByRole("link", { name: "新建商品" }).click()
  // No certificate covers it yet, so it makes no selenium claim (the claim rule would refuse it).
  const title = `汉阴高山绿茶 ${unique()}`
  await page.getByLabel("中文名称").fill(title)
  await page.getByLabel("英文名称（选填）").fill("Hanyin mountain green tea")
  await page.getByLabel("中文描述").fill("汉阴高山绿茶，明前采摘。")
  await page.getByTestId("portal").getByLabel("品牌", { exact: true }).selectOption({ label: "安康富硒茶" })
  await page.getByRole("checkbox", { name: "茶叶" }).check()
  await page.getByLabel("规格名称").fill("250 克罐装")
  await page.getByLabel("商品条码 GTIN（选填）").fill(gtin())
  await page.getByLabel("价格（元）").fill("12.345")
  await page.getByLabel("库存").fill("20")
  await page.getByRole("button", { name: "保存为草稿" }).click()
  await expect(page.getByLabel("价格（元）")).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByLabel("中文名称")).toHaveValue(title)
  await page.getByLabel("价格（元）").fill("128.50")
  await page.getByRole("button", { name: "保存为草稿" }).click()
  await expect(page.getByTestId("portal-product-status")).toContainText("草稿")
  const productId = /\/portal\/products\/(prod_[A-Za-z0-9]+)/.exec(page.url())![1]!

  // Price and stock apply at once.
  const variant = page.getByRole("form", { name: "更新规格 250 克罐装 的价格和库存" })
  await variant.getByLabel("价格（元）").fill("99")
  await variant.getByLabel("库存").fill("30")
  await variant.getByRole("button", { name: "更新" }).click()
  await expect(page.getByText("规格 250 克罐装 已更新。")).toBeVisible()
  await expect(page.getByText("¥99.00")).toBeVisible()

  // A second variant, added on the same page: a title the listing has is named on its field and
  // nothing typed is lost; then it is listed at once with its own price and stock form.
  const addVariant = page.getByRole("form", { name: "添加规格" })
  await addVariant.getByLabel("规格名称", { exact: true }).fill("250 克罐装")
  await addVariant.getByLabel("价格（元）").fill("188")
  await addVariant.getByLabel("库存").fill("5")
  await addVariant.getByRole("button", { name: "添加规格" }).click()
  await expect(addVariant.getByLabel("规格名称", { exact: true })).toHaveAttribute("aria-invalid", "true")
  await expect(addVariant.getByLabel("价格（元）")).toHaveValue("188")
  await addVariant.getByLabel("规格名称", { exact: true }).fill("500 克罐装")
  await addVariant.getByRole("button", { name: "添加规格" }).click()
  await expect(page.getByText("规格 500 克罐装 已添加。")).toBeVisible()
  await expect(page.getByRole("form", { name: "更新规格 500 克罐装 的价格和库存" })).toBeVisible()
  await expect(page.getByText("¥188.00")).toBeVisible()
  await expect(addVariant.getByLabel("规格名称", { exact: true })).toHaveValue("")

  await page.getByRole("button", { name: "提交审核" }).click()
  await expect(page.getByText("已提交审核。")).toBeVisible()
  await page.reload()
  await expect(page.getByTestId("portal-product-status")).toContainText("待审核")

  // Staff approve the listing; a shopper buys it.
  await api(`/admin/products/${productId}/review`, { token: admin, body: { decision: "approve" } })
  const { token } = await api<{ token: string }>("/auth/enterprise/emailpass", { body: { email, password: PASSWORD } })
  const { product } = await api<{ product: { handle: string } }>(`/enterprise/products/${productId}`, { token })
  const shopper = await browser.newPage()
  // The approved listing is in the store's search (the index follows the approval).
  await expect(async () => {
    await shopper.goto(`/zh-CN/search?q=${encodeURIComponent(title)}`)
    await expect(shopper.getByRole("list", { name: "搜索结果" }).getByRole("link", { name: title })).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 15_000 })
  // Bought together with another enterprise's product (岚皋县魔芋专业合作社's noodles).
  await addToCart(shopper, product.handle, 2)
  await addToCart(shopper, "langao-konjac-noodles", 1)
  await shopper.goto("/zh-CN/checkout")
  await fillCheckout(shopper, { email: `buyer-${unique()}@example.com` })
  await shopper.getByRole("button", { name: "提交订单" }).click()
  await expect(shopper).toHaveURL(/\/zh-CN\/order\/confirmed\/order_/, { timeout: 30_000 })
  const orderNumber = (await shopper.getByTestId("order-number").textContent())!.trim()
  const orderId = shopper.url().split("/").pop()!
  await expect(shopper.getByTestId("order-part")).toHaveCount(2)

  // The enterprise sees its part of the order and ships it.
  await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "订单" }).click()
  await page.getByRole("link", { name: `查看订单 #${orderNumber}` }).click()
  await expect(page.getByTestId("portal-order-status")).toHaveText("待发货")
  await page.getByLabel("快递公司").selectOption({ label: "顺丰速运" })
  await page.getByLabel("运单号").fill("12")
  await page.getByRole("button", { name: "确认发货" }).click()
  await expect(page.getByLabel("运单号")).toHaveAttribute("aria-invalid", "true")
  await page.getByLabel("运单号").fill("SF1234567890123")
  await page.getByRole("button", { name: "确认发货" }).click()
  await expect(page.getByText("已记录发货。")).toBeVisible()
  await expect(page.getByTestId("portal-fulfilment")).toContainText("SF1234567890123")
  await expect(page.getByText("本企业的商品已全部发货。")).toBeVisible()

  // The other enterprise ships its own part; the shopper sees both parts shipped.
  const langao = await api<{ token: string }>("/auth/enterprise/emailpass", { body: { email: "langao@enterprise.example.com", password: "seleno-portal" } })
  const { order: langaoPart } = await api<{ order: { items: { title: string }[] } }>(`/enterprise/orders/${orderId}`, { token: langao.token })
  expect(langaoPart.items.map((i) => i.title)).not.toContain(title)
  await api(`/enterprise/orders/${orderId}/fulfillments`, { token: langao.token, body: { carrier: "ems", tracking_number: "EA123456789CN" } })
  await shopper.reload()
  await expect(shopper.getByTestId("order-part-status")).toHaveText(["已发货", "已发货"])
  await expect(shopper.getByTestId("order-part").filter({ hasText: enterpriseName })).toContainText("SF1234567890123")
  await expect(shopper.getByTestId("order-part").filter({ hasText: "岚皋县魔芋专业合作社" })).toContainText("EA123456789CN")
  await shopper.close()

  // Dashboard and settlement count the sale; the CSV downloads.
  await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "工作台" }).click()
  await expect(page.getByTestId("sales-chart")).toBeVisible()
  await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "结算" }).click()
  // 2 × ¥99.00 sold and its own ¥10.00 parcel; the platform's 5 % of ¥208.00 is ¥10.40;
  // ¥197.60 is owed to the enterprise.
  await expect(page.getByTestId("settlement-summary")).toContainText("¥198.00")
  await expect(page.getByTestId("settlement-summary")).toContainText("¥10.40")
  await expect(page.getByTestId("settlement-summary")).toContainText("¥197.60")
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("settlement-csv").click()])
  expect(download.suggestedFilename()).toMatch(/^seleno-settlement-.+\.csv$/)

  // A certificate with its test report stays pending until reviewed.
  await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "证书" }).click()
  const number = `SX-${unique()}`
  await page.getByLabel("证书编号").fill(number)
  await page.getByLabel("发证机构（已登记的检测机构）").selectOption({ label: "安康市富硒产品质量检验中心 · CMA 221627110381" })
  await page.getByLabel("适用商品（选填）").selectOption(productId)
  await page.getByLabel("认证标准").selectOption("NY/T 600-2002")
  await page.getByLabel("实测硒含量（mg/kg）").fill("0.8")
  await page.getByLabel("生效日期").fill("2026-01-01")
  await page.getByLabel("有效期至").fill("2027-12-31")
  await page.getByLabel("检测报告").setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: minimalPdf() })
  await page.getByRole("button", { name: "提交审核" }).click()
  await expect(page.getByText("证书已提交，等待平台审核。")).toBeVisible()
  await expect(page.getByTestId("portal-certificate-row").filter({ hasText: number }).getByTestId("certificate-review")).toHaveText("待审核")

  // The listing's GTIN lets the enterprise open a batch of it, with trace labels.
  await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "批次" }).click()
  await expect(page.getByText("还没有批次。")).toBeVisible()
  await page.getByLabel("商品规格").selectOption({ label: `${title} · 250 克罐装` })
  await page.getByLabel("批号").fill("L2026-001")
  await page.getByLabel("生产日期").fill("2026-11-01")
  await page.getByLabel("包装数量").fill("10")
  await page.getByRole("button", { name: "创建批次" }).click()
  await expect(page.getByText("批次已创建。")).toBeVisible()
  const batchRow = page.getByTestId("portal-batch-row").filter({ hasText: "L2026-001" })
  await expect(batchRow).toBeVisible()
  // Its labels print as one PDF on the label size chosen.
  await batchRow.getByRole("combobox", { name: "标签尺寸" }).selectOption("99.1x38.1")
  const labelsDownloading = page.waitForEvent("download")
  await batchRow.getByRole("button", { name: "打印标签 (PDF)" }).click()
  const labels = await labelsDownloading
  expect(labels.suggestedFilename()).toMatch(/^labels-\d{14}-L2026-001-99\.1x38\.1\.pdf$/)
  expect((await readFile(await labels.path())).subarray(0, 5).toString()).toBe("%PDF-")
})

test("the portal speaks English too", async ({ page }) => {
  await page.goto("/en/portal/login")
  await expect(page.getByRole("heading", { name: "Enterprise sign-in" })).toBeVisible()
  await page.goto("/portal/apply")
  await expect(page).toHaveURL(/\/(zh-CN|en)\/portal\/apply$/)
})

test("the demo logins: a seeded owner sees its listings in both languages, the seeded applicant waits for review", async ({ page }) => {
  await signIn(page, "applicant@enterprise.example.com", "seleno-portal")
  await expect(page.getByTestId("portal-status")).toContainText("待审核")
  await page.getByRole("button", { name: "退出登录" }).click()

  await signIn(page, "ziyang@enterprise.example.com", "seleno-portal")
  await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible()
  await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "商品" }).click()
  await expect(page.getByTestId("portal-product-row").first()).toBeVisible()
  await page.goto("/en/portal")
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible()
  await expect(page.getByRole("navigation", { name: "Portal navigation" }).getByRole("link", { name: "Settlement" })).toBeVisible()
})
