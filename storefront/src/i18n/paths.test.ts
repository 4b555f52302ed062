import { describe, expect, it } from "vitest"
import { format } from "./format"
import { localePath, otherLocale, switchLocalePath } from "./paths"

describe("language switch paths", () => {
  it("swaps only the locale segment and keeps path and query", () => {
    expect(switchLocalePath("/zh-CN/products/ziyang-tea?variant=1", "en")).toBe("/en/products/ziyang-tea?variant=1")
    expect(switchLocalePath("/en/store?category=tea&sort=price_asc&page=2", "zh-CN")).toBe(
      "/zh-CN/store?category=tea&sort=price_asc&page=2"
    )
    expect(switchLocalePath("/en", "zh-CN")).toBe("/zh-CN")
    expect(switchLocalePath("/zh-CN/", "en")).toBe("/en/")
  })

  it("keeps the hash and does not touch segments that merely look like locales", () => {
    expect(switchLocalePath("/en/categories/en?x=1#top", "zh-CN")).toBe("/zh-CN/categories/en?x=1#top")
  })

  it("prefixes paths that have no locale", () => {
    expect(switchLocalePath("/", "en")).toBe("/en")
    expect(switchLocalePath("/store?sort=newest", "en")).toBe("/en/store?sort=newest")
    expect(switchLocalePath("", "zh-CN")).toBe("/zh-CN")
  })

  it("builds locale paths and finds the other locale", () => {
    expect(localePath("en", "/")).toBe("/en")
    expect(localePath("zh-CN", "cart")).toBe("/zh-CN/cart")
    expect(otherLocale("en")).toBe("zh-CN")
    expect(otherLocale("zh-CN")).toBe("en")
  })

  it("fills placeholders", () => {
    expect(format("共 {count} 件", { count: 3 })).toBe("共 3 件")
    expect(format("{a}-{b}", { a: 1 })).toBe("1-{b}")
  })
})
