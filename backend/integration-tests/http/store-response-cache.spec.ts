import { STOREFRONT_CACHE_TAGS } from "@seleno/domain"
import { clearStoreResponses } from "../../src/lib/storefront-cache-invalidation"
import { adminHeaders, expectFailure } from "../utils/store"
import { seededSuite } from "../utils/suite"

/*
 * The store API's response cache (src/api/middlewares/store-response-cache.ts) on the Caching
 * Module's in-memory provider (no REDIS_URL here), invalidated by the storefront-cache subscriber.
 */
// On here (integration-tests/setup.js turns it off for the other suites), before the app boots.
process.env.STORE_RESPONSE_CACHE = "on"

const HANDLE = "ziyang-maojian-green-tea"
type Headers = Record<string, string>
type Product = { id: string; variants: { id: string; calculated_price: { calculated_amount: number } }[] }

seededSuite("seleno_it_store_response_cache", ({ api, getContainer, store }) => {
  let admin: { headers: Headers }
  let url: string
  beforeAll(async () => {
    admin = await adminHeaders(api)
    const { data } = await api.get("/store/regions", store)
    url = `/store/products?handle=${HANDLE}&region_id=${data.regions[0].id}&fields=*variants.calculated_price,+variants.inventory_quantity`
    // Let the seed's own invalidations go by.
    await new Promise((r) => setTimeout(r, 500))
  })
  // The runner restores the database between tests, not the cache.
  beforeEach(() => clearStoreResponses(getContainer(), STOREFRONT_CACHE_TAGS))

  const get = (path: string, headers: Headers = {}) => api.get(path, { headers: { ...store.headers, ...headers } }) as Promise<{ status: number; data: any; headers: Headers }>

  it("answers the second identical request from the cache, with the same body", async () => {
    const first = await get(url)
    expect(first.headers["x-seleno-cache"]).toBe("MISS")
    const second = await get(url)
    expect(second.headers["x-seleno-cache"]).toBe("HIT")
    expect(second.data).toEqual(first.data)
    expect(second.headers["content-type"]).toMatch(/^application\/json/)
    expect(second.data.products).toHaveLength(1)
  })

  it("never caches a request with an authorization header or a cookie", async () => {
    const { data: reg } = await api.post("/auth/customer/emailpass/register", { email: "cache-shopper@example.com", password: "shopper-pass-1" })
    await api.post("/store/customers", { email: "cache-shopper@example.com", first_name: "伟", last_name: "张" }, { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } })
    const { data: login } = await api.post("/auth/customer/emailpass", { email: "cache-shopper@example.com", password: "shopper-pass-1" })
    const bearer = { authorization: `Bearer ${login.token}` }
    for (let i = 0; i < 2; i++) expect((await get(url, bearer)).headers["x-seleno-cache"]).toBe("BYPASS")
    for (let i = 0; i < 2; i++) expect((await get(url, { cookie: "connect.sid=s%3Aanything" })).headers["x-seleno-cache"]).toBe("BYPASS")
    // Nor did those requests fill the entry anonymous shoppers read.
    expect((await get(url)).headers["x-seleno-cache"]).toBe("MISS")
  })

  it("drops the cached answer when staff change a variant's price", async () => {
    const before = await get(url)
    expect((await get(url)).headers["x-seleno-cache"]).toBe("HIT")
    const product = before.data.products[0] as Product
    const variant = product.variants[0]!
    const { data } = await api.get(`/admin/products/${product.id}/variants/${variant.id}?fields=*prices`, admin)
    const price = (data.variant.prices as { amount: number; currency_code: string }[]).find((p) => p.currency_code === "cny")!
    // Higher than before: the enterprise's price floor and discount consent allow a rise.
    await api.post(`/admin/products/${product.id}/variants/${variant.id}`, { prices: [{ currency_code: "cny", amount: price.amount + 7 }] }, admin)
    // The subscriber hears the events after the admin's answer: stale hits until then, at most 2 s.
    const deadline = Date.now() + 2000
    let after = await get(url)
    while (after.headers["x-seleno-cache"] === "HIT" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50))
      after = await get(url)
    }
    expect(after.headers["x-seleno-cache"]).toBe("MISS")
    const amount = (p: Product) => p.variants.find((v) => v.id === variant.id)!.calculated_price.calculated_amount
    expect(amount(after.data.products[0])).toBe(price.amount + 7)
    const again = await get(url)
    expect(again.headers["x-seleno-cache"]).toBe("HIT")
    expect(amount(again.data.products[0])).toBe(price.amount + 7)
  })

  it("keeps one entry per locale", async () => {
    expect((await get(url, { "x-medusa-locale": "zh-CN" })).headers["x-seleno-cache"]).toBe("MISS")
    expect((await get(url, { "x-medusa-locale": "zh-CN" })).headers["x-seleno-cache"]).toBe("HIT")
    const en = await get(url, { "x-medusa-locale": "en-US" })
    expect(en.headers["x-seleno-cache"]).toBe("MISS")
    expect((await get(url, { "x-medusa-locale": "en-US" })).headers["x-seleno-cache"]).toBe("HIT")
    expect((await get(`${url}&locale=en-US`)).headers["x-seleno-cache"]).toBe("MISS")
  })

  it("still refuses a missing or invalid publishable key for a cached answer", async () => {
    await get(url)
    expect((await get(url)).headers["x-seleno-cache"]).toBe("HIT")
    const invalid = await expectFailure(api.get(url, { headers: { "x-publishable-api-key": "pk_not_a_key" } }))
    expect(invalid.status).toBe(400)
    const missing = await expectFailure(api.get(url))
    expect(missing.status).toBe(400)
  })

  it("never caches a package serial's page, which counts scans", async () => {
    const serial = (await expectFailure(get("/store/trace/06901234567892/L1/S1"))) as unknown as { status: number; headers: Headers }
    expect(serial.status).toBeGreaterThanOrEqual(400)
    expect(serial.headers["x-seleno-cache"]).toBeUndefined()
  })
})
