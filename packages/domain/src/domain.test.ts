import { describe, expect, it } from "vitest"
import {
  BRANDS,
  findCounty,
  formatPrice,
  isChineseMobile,
  isChinesePostalCode,
  isEmail,
  checkInvoiceRequest,
  isTaxpayerId,
  negotiateLocale,
  normalizeChineseMobile,
  readInvoiceRequest,
  seleniumFacts,
  seleniumPerServingUg,
  shareOfDailyReference,
  toMedusaLocale,
} from "./index"

describe("selenium intake", () => {
  it("computes µg per serving from mg/kg and grams", () => {
    expect(seleniumPerServingUg(1.2, 3)).toBe(3.6)
    expect(seleniumPerServingUg(0.08, 150)).toBe(12)
  })
  it("rejects negative content and empty servings", () => {
    expect(() => seleniumPerServingUg(-1, 3)).toThrow(RangeError)
    expect(() => seleniumPerServingUg(1, 0)).toThrow(RangeError)
  })
  it("gives the share of the 60 µg/day reference", () => {
    expect(shareOfDailyReference(12)).toBe(20)
    expect(shareOfDailyReference(3.6)).toBe(6)
    expect(shareOfDailyReference(90)).toBe(150)
  })
  it("reads facts from product metadata and refuses junk", () => {
    expect(seleniumFacts({ selenium_mg_per_kg: "0.3", serving_g: 100 })).toEqual({
      mgPerKg: 0.3,
      servingGrams: 100,
      ugPerServing: 30,
      shareOfReferencePct: 50,
    })
    expect(seleniumFacts({ selenium_mg_per_kg: "abc", serving_g: 100 })).toBeNull()
    expect(seleniumFacts({ selenium_mg_per_kg: 0.3 })).toBeNull()
    expect(seleniumFacts(null)).toBeNull()
  })
})

describe("price formatting", () => {
  it("formats CNY for each locale", () => {
    expect(formatPrice(128, "zh-CN")).toBe("¥128.00")
    expect(formatPrice(1299.5, "en")).toBe("CN¥1,299.50")
  })
})

describe("contact validation", () => {
  it("accepts mainland mobiles with or without +86 and separators", () => {
    expect(normalizeChineseMobile("+86 138-0013-8000")).toBe("13800138000")
    expect(isChineseMobile("15912345678")).toBe(true)
  })
  it("refuses landlines, short numbers and numbers starting 12", () => {
    expect(isChineseMobile("029-88888888")).toBe(false)
    expect(isChineseMobile("1381234567")).toBe(false)
    expect(isChineseMobile("12812345678")).toBe(false)
  })
  it("checks six-digit postal codes", () => {
    expect(isChinesePostalCode("725000")).toBe(true)
    expect(isChinesePostalCode("010010")).toBe(true)
    expect(isChinesePostalCode("72500")).toBe(false)
    expect(isChinesePostalCode("925000")).toBe(false)
    expect(isChinesePostalCode("72500a")).toBe(false)
  })
  it("checks e-mail shape", () => {
    expect(isEmail("buyer@example.com")).toBe(true)
    expect(isEmail("buyer@example")).toBe(false)
    expect(isEmail("buyer example.com")).toBe(false)
  })
})

describe("locales", () => {
  it("negotiates from Accept-Language with q-values", () => {
    expect(negotiateLocale("en-GB,en;q=0.9,zh-CN;q=0.8")).toBe("en")
    expect(negotiateLocale("zh-TW,zh;q=0.9")).toBe("zh-CN")
    expect(negotiateLocale("fr-FR, en;q=0.5")).toBe("en")
    expect(negotiateLocale("de")).toBe("zh-CN")
    expect(negotiateLocale(undefined)).toBe("zh-CN")
  })
  it("maps URL locales to Medusa store locales", () => {
    expect(toMedusaLocale("en")).toBe("en-US")
    expect(toMedusaLocale("zh-CN")).toBe("zh-CN")
  })
})

describe("brands", () => {
  it("keeps every county brand under a known parent and county", () => {
    const handles = new Set(BRANDS.map((b) => b.handle))
    for (const brand of BRANDS.filter((b) => b.parent)) expect(handles.has(brand.parent!)).toBe(true)
    expect(findCounty("ziyang")?.region?.code).toBe("ankang")
    expect(findCounty("nowhere")).toBeUndefined()
  })
})

describe("invoice requests", () => {
  it("accepts unified social credit codes and refuses lowercase or short ids", () => {
    expect(isTaxpayerId("91610900MA6Y2Q8X3M")).toBe(true)
    expect(isTaxpayerId("91610900ma6y2q8x3k")).toBe(false)
    expect(isTaxpayerId("9161090")).toBe(false)
    expect(isTaxpayerId("91610900MA6Y2Q8X3K")).toBe(false) // wrong check character
    expect(isTaxpayerId("610902199001011")).toBe(true) // an older 15-character id
  })
  it("reads a well-formed request from metadata and nothing else", () => {
    // Stored before 个人 invoices existed: no type, so 单位.
    expect(readInvoiceRequest({ invoice: { title: "安康富硒贸易有限公司", taxpayer_id: "91610900MA6Y2Q8X3M" } })).toEqual({
      type: "company",
      title: "安康富硒贸易有限公司",
      taxpayer_id: "91610900MA6Y2Q8X3M",
    })
    expect(readInvoiceRequest({ invoice: { type: "personal", title: "张伟" } })).toEqual({ type: "personal", title: "张伟", taxpayer_id: null })
    expect(readInvoiceRequest({ invoice: { title: 42 } })).toBeNull()
    expect(readInvoiceRequest({ privacy_consent_at: "2026-11-22" })).toBeNull()
    expect(readInvoiceRequest(null)).toBeNull()
  })
  it("asks a taxpayer id of a company invoice only", () => {
    expect(checkInvoiceRequest({ type: "personal", title: " 张伟 ", taxpayer_id: "ignored" })).toEqual({
      request: { type: "personal", title: "张伟", taxpayer_id: null },
    })
    expect(checkInvoiceRequest({ type: "company", title: "安康富硒贸易有限公司", taxpayer_id: "91610900ma6y2q8x3m" })).toEqual({
      request: { type: "company", title: "安康富硒贸易有限公司", taxpayer_id: "91610900MA6Y2Q8X3M" },
    })
    expect(checkInvoiceRequest({ type: "company", title: "安康富硒贸易有限公司", taxpayer_id: "91610900MA6Y2Q8X3K" })).toMatchObject({
      code: "invoice_taxpayer_id",
      field: "taxpayer_id",
    })
    expect(checkInvoiceRequest({ type: "company", title: "安康富硒贸易有限公司" })).toMatchObject({ code: "invoice_taxpayer_id" })
    expect(checkInvoiceRequest({ type: "vat", title: "x" })).toMatchObject({ code: "invoice_type", field: "type" })
    expect(checkInvoiceRequest({ type: "personal", title: "  " })).toMatchObject({ code: "invoice_title", field: "title" })
    expect(checkInvoiceRequest("personal")).toMatchObject({ code: "invoice_type" })
  })
})
