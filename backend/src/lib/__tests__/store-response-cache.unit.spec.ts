import { STOREFRONT_CACHE_TAGS } from "@seleno/domain"
import { STOREFRONT_CACHE_EVENTS } from "../storefront-cache-events"
import {
  STORE_RESPONSE_CACHE_ROUTES,
  isPersonalRequest,
  isStoreResponseCacheOn,
  storeResponseCacheKey,
  storeResponseCacheTags,
} from "../store-response-cache"

describe("store response cache routes", () => {
  it("caches the storefront's catalogue reads with their storefront tags", () => {
    expect(storeResponseCacheTags("/store/products")).toEqual(["catalog"])
    expect(storeResponseCacheTags("/store/products/prod_1")).toEqual(["catalog"])
    expect(storeResponseCacheTags("/store/product-categories")).toContain("categories")
    expect(storeResponseCacheTags("/store/regions")).toEqual(["regions"])
    expect(storeResponseCacheTags("/store/brands/ziyang")).toEqual(expect.arrayContaining(["brands", "catalog", "enterprises"]))
    expect(storeResponseCacheTags("/store/enterprises/acme")).toEqual(expect.arrayContaining(["enterprises", "catalog", "certification", "brands"]))
    expect(storeResponseCacheTags("/store/campaign-offers")).toEqual(expect.arrayContaining(["campaigns", "live-sessions", "catalog"]))
    expect(storeResponseCacheTags("/store/certified-products")).toEqual(expect.arrayContaining(["certification", "catalog"]))
    expect(storeResponseCacheTags("/store/trace")).toEqual(["trace"])
    expect(storeResponseCacheTags("/store/trace/06901234567892/L1")).toEqual(expect.arrayContaining(["trace", "certification", "catalog"]))
  })

  it("never caches serial pages (they count scans), carts, customers, orders or search", () => {
    for (const path of [
      "/store/trace/06901234567892/L1/S1",
      "/store/trace/06901234567892/L1/S1/scans",
      "/store/carts/cart_1",
      "/store/customers/me",
      "/store/orders/order_1",
      "/store/product-search",
      "/store/products/prod_1/extra",
      "/store/productsx",
    ]) {
      expect(storeResponseCacheTags(path)).toBeNull()
    }
  })

  it("uses only storefront tags, each of which some event, middleware or job invalidates", () => {
    const sent = new Set(Object.values(STOREFRONT_CACHE_EVENTS).flat())
    for (const { tags } of STORE_RESPONSE_CACHE_ROUTES) {
      for (const tag of tags) {
        expect(STOREFRONT_CACHE_TAGS).toContain(tag)
        expect(sent.has(tag)).toBe(true)
      }
    }
  })

  it("keys on the URL, the publishable key and the locale", () => {
    const base = { url: "/store/products?limit=20", publishableKey: "pk_1", locale: "zh-CN" }
    const key = storeResponseCacheKey(base)
    expect(storeResponseCacheKey({ ...base })).toBe(key)
    expect(storeResponseCacheKey({ ...base, url: "/store/products?limit=21" })).not.toBe(key)
    expect(storeResponseCacheKey({ ...base, publishableKey: "pk_2" })).not.toBe(key)
    expect(storeResponseCacheKey({ ...base, locale: "en-US" })).not.toBe(key)
    expect(storeResponseCacheKey({ ...base, locale: undefined })).not.toBe(key)
  })

  it("treats any credential as personal", () => {
    expect(isPersonalRequest({})).toBe(false)
    expect(isPersonalRequest({ authorization: "Bearer x" })).toBe(true)
    expect(isPersonalRequest({ cookie: "connect.sid=x" })).toBe(true)
  })

  it("is on unless STORE_RESPONSE_CACHE says off", () => {
    expect(isStoreResponseCacheOn({})).toBe(true)
    expect(isStoreResponseCacheOn({ STORE_RESPONSE_CACHE: "on" })).toBe(true)
    expect(isStoreResponseCacheOn({ STORE_RESPONSE_CACHE: "off" })).toBe(false)
    expect(isStoreResponseCacheOn({ STORE_RESPONSE_CACHE: " OFF " })).toBe(false)
  })
})
