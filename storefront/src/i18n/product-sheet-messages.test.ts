import { PRODUCT_IMPORT_PROBLEM_CODES, PRODUCT_SHEET_COLUMN_KEYS } from "@seleno/domain"
import { describe, expect, it } from "vitest"
import en from "./messages/en.portal"
import zh from "./messages/zh-CN.portal"

describe("product sheet messages", () => {
  it("word every import problem code and every column in both languages", () => {
    for (const t of [zh.productSheet, en.productSheet]) {
      for (const code of PRODUCT_IMPORT_PROBLEM_CODES) expect([code, (t.problems as Record<string, string>)[code]]).toEqual([code, expect.any(String)])
      for (const column of PRODUCT_SHEET_COLUMN_KEYS) expect([column, (t.columns as Record<string, string>)[column]]).toEqual([column, expect.any(String)])
    }
  })

  it("keeps English words off the Chinese problems ", () => {
    // Placeholders, file formats and the temperature classes' own values are not English prose.
    const allowed = /\{[a-z_]+\}|\b(?:CSV|UTF|csv|xlsx|Excel|ambient|chilled|frozen)\b/g
    const texts = [...Object.values(zh.productSheet.problems), ...Object.values(zh.productSheet.columnRules)].map((t) => t.replace(allowed, ""))
    for (const text of texts) expect(text).not.toMatch(/[A-Za-z]{3,}/)
  })
})
