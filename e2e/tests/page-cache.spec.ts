import { expect, test, type APIRequestContext } from "@playwright/test"
import { adminGet, adminPost } from "./support/backend"

// Pages are served from the storefront's cache (issue 19); what the backend changes must reach
// them within 2 s. This product is used by no other test: its price and certificate change here.
const HANDLE = "enshi-green-brick-tea"
const PAGE = `/zh-CN/products/${HANDLE}`
const CERTIFIED_LIST = "/zh-CN/store?certified=1&category=tea"
const FRESH_WITHIN_MS = 2000

type AdminProduct = { id: string; variants: { id: string; prices: { id: string; currency_code: string; amount: number }[] }[] }

async function cachedHtml(request: APIRequestContext, path: string): Promise<{ html: string; cache: string | undefined }> {
  const response = await request.get(path)
  expect(response.status()).toBe(200)
  return { html: await response.text(), cache: response.headers()["x-nextjs-cache"] }
}

/** Milliseconds until `path` satisfies `fresh`, polling every 100 ms; fails after FRESH_WITHIN_MS. */
async function untilFresh(request: APIRequestContext, path: string, fresh: (html: string) => boolean): Promise<number> {
  const started = Date.now()
  await expect
    .poll(async () => fresh((await cachedHtml(request, path)).html), { timeout: FRESH_WITHIN_MS, intervals: [100] })
    .toBe(true)
  return Date.now() - started
}

test("an admin price change and a revoked certificate reach the cached pages within 2 s", async ({ request }) => {
  // The page is cached: the second answer comes from the cache.
  await cachedHtml(request, PAGE)
  const before = await cachedHtml(request, PAGE)
  expect(before.cache).toBe("HIT")
  expect(before.html).toContain("¥96.00")
  expect(before.html).toContain('data-testid="certified-badge"')
  await cachedHtml(request, CERTIFIED_LIST)
  expect((await cachedHtml(request, CERTIFIED_LIST)).html).toContain("恩施富硒青砖茶")

  const { products } = await adminGet<{ products: AdminProduct[] }>(`/admin/products?handle=${HANDLE}&fields=id,*variants,*variants.prices`)
  const product = products[0]!
  const variant = product.variants[0]!
  const cny = variant.prices.find((p) => p.currency_code === "cny")!
  await adminPost(`/admin/products/${product.id}/variants/${variant.id}`, { prices: [{ id: cny.id, currency_code: "cny", amount: 103 }] })
  const priceMs = await untilFresh(request, PAGE, (html) => html.includes("¥103.00") && !html.includes("¥96.00"))
  test.info().annotations.push({ type: "price on the page after", description: `${priceMs} ms` })

  const { certificates } = await adminGet<{ certificates: { id: string; status: string; product: { id: string } | null }[] }>("/admin/certificates")
  const certificate = certificates.find((c) => c.product?.id === product.id && c.status !== "revoked")!
  await adminPost(`/admin/certificates/${certificate.id}/revoke`, {})
  const badgeMs = await untilFresh(request, PAGE, (html) => !html.includes('data-testid="certified-badge"'))
  await untilFresh(request, CERTIFIED_LIST, (html) => !html.includes("恩施富硒青砖茶"))
  test.info().annotations.push({ type: "badge gone after", description: `${badgeMs} ms` })
})

test("the revalidation route refuses unsigned and forged requests", async ({ request }) => {
  const unsigned = await request.post("/api/revalidate", { data: { tags: ["catalog"] } })
  expect(unsigned.status()).toBe(401)
  expect((await unsigned.json()).code).toBe("unsigned")
  const forged = await request.post("/api/revalidate", {
    data: { tags: ["catalog"] },
    headers: { "x-seleno-timestamp": String(Date.now()), "x-seleno-signature": "0".repeat(64) },
  })
  expect(forged.status()).toBe(401)
  expect((await forged.json()).code).toBe("bad_signature")
})
