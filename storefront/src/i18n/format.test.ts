import { describe, expect, it } from "vitest"
import { format, plural } from "./format"

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
