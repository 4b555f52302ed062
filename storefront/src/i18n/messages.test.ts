import { describe, expect, it } from "vitest"
import en from "./messages/en"
import zhCN from "./messages/zh-CN"

/** Every leaf path of a catalogue, e.g. "cart.title" or "legal.privacyItems.2". */
function leafPaths(value: unknown, prefix = ""): string[] {
  if (value !== null && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
      leafPaths(child, prefix ? `${prefix}.${key}` : key)
    )
  }
  return [prefix]
}

function leafValues(value: unknown): unknown[] {
  if (value !== null && typeof value === "object") return Object.values(value as Record<string, unknown>).flatMap(leafValues)
  return [value]
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort()
}

describe("i18n catalogues", () => {
  it("have identical keys in zh-CN and en", () => {
    expect(leafPaths(en).sort()).toEqual(leafPaths(zhCN).sort())
  })

  it("have no empty strings", () => {
    for (const catalogue of [zhCN, en]) {
      for (const value of leafValues(catalogue)) {
        expect(typeof value).toBe("string")
        expect((value as string).trim()).not.toBe("")
      }
    }
  })

  it("use the same placeholders in both languages", () => {
    const zhPaths = leafPaths(zhCN)
    const get = (obj: unknown, path: string) =>
      path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string
    for (const path of zhPaths) {
      expect(placeholders(get(en, path)), path).toEqual(placeholders(get(zhCN, path)))
    }
  })
})
