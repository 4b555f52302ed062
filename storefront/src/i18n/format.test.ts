import { describe, expect, it } from "vitest"
import { format, plural, formatDate } from "./format"

describe("format", () => {
  it("fills known placeholders and keeps unknown ones", () => {
    expect(format("{a} and {b}", { a: 1 })).toBe("1 and {b}")
  })
})

describe("plural", () => {
  const forms = { one: "{count} product", other: "{count} products" }
  it("picks the English singular for 1 and the plural otherwise", () => {
    expect(plural(forms, 1, "en")).toBe("1 product")
    expect(plural(forms, 0, "en")).toBe("0 products")
    expect(plural(forms, 4, "en")).toBe("4 products")
  })
  it("uses the other form in Chinese", () => {
    expect(plural({ one: "一", other: "{count} 件商品" }, 1, "zh-CN")).toBe("1 件商品")
  })
})

describe("formatDate", () => {
  it("shows dates in Beijing time in the page's language", () => {
    expect(formatDate("2027-12-31T15:59:59.000Z", "zh-CN")).toBe("2027年12月31日")
    expect(formatDate("2026-04-01", "en")).toBe("1 Apr 2026")
    expect(formatDate("not a date", "en")).toBe("not a date")
  })
})
