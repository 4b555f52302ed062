import { describe, expect, it } from "vitest"
import {
  barHeights,
  basisPointsToPercent,
  isIsoDate,
  isSameOriginRequest,
  normalizeHandle,
  parseShipQuantity,
  parseStock,
  parseYuan,
  retryAfterSeconds,
  settlementFileName,
  settlementPeriod,
  uploadProblem,
  DOCUMENT_TYPES,
} from "./portal"

describe("parseYuan", () => {
  it("reads yuan with up to two decimals, a currency sign and thousands separators", () => {
    expect(parseYuan("128")).toBe(128)
    expect(parseYuan(" 128.5 ")).toBe(128.5)
    expect(parseYuan("¥1,280.00")).toBe(1280)
    expect(parseYuan("￥0.01")).toBe(0.01)
  })
  it("refuses zero, negatives, three decimals and words", () => {
    for (const bad of ["0", "-3", "1.234", "abc", "", "1e3"]) expect(parseYuan(bad)).toBeNull()
  })
})

describe("parseStock and parseShipQuantity", () => {
  it("take whole numbers only", () => {
    expect(parseStock("0")).toBe(0)
    expect(parseStock("25")).toBe(25)
    expect(parseStock("2.5")).toBeNull()
    expect(parseStock("-1")).toBeNull()
    expect(parseShipQuantity("", 3)).toBe(0)
    expect(parseShipQuantity("3", 3)).toBe(3)
    expect(parseShipQuantity("4", 3)).toBeNull()
  })
})

describe("normalizers", () => {
  it("handles are lowercase words joined by single hyphens", () => {
    expect(normalizeHandle("Ziyang-Maojian-250g")).toBe("ziyang-maojian-250g")
    expect(normalizeHandle("a--b")).toBeNull()
    expect(normalizeHandle("茶叶")).toBeNull()
  })
})

describe("dates and periods", () => {
  it("knows real calendar dates", () => {
    expect(isIsoDate("2026-02-28")).toBe(true)
    expect(isIsoDate("2026-02-30")).toBe(false)
    expect(isIsoDate("2026-2-3")).toBe(false)
  })
  it("defaults to the current month in Beijing time and refuses reversed periods", () => {
    // 2026-03-31 17:00 UTC is already 1 April in Beijing.
    const now = new Date("2026-03-31T17:00:00Z")
    expect(settlementPeriod(undefined, undefined, now)).toEqual({ from: "2026-04-01", to: "2026-04-01", valid: true })
    expect(settlementPeriod("2026-01-01", "2026-01-31", now)).toEqual({ from: "2026-01-01", to: "2026-01-31", valid: true })
    expect(settlementPeriod("2026-02-01", "2026-01-31", now).valid).toBe(false)
    expect(settlementPeriod("yesterday", undefined, now).valid).toBe(false)
  })
})

describe("isSameOriginRequest", () => {
  it("accepts the page's own origin, also behind a proxy that forwards the host", () => {
    expect(isSameOriginRequest({ origin: "http://localhost:8000", host: "localhost:8000", forwardedHost: null })).toBe(true)
    expect(isSameOriginRequest({ origin: "https://shop.example.cn", host: "127.0.0.1:8000", forwardedHost: "shop.example.cn" })).toBe(true)
  })
  it("refuses another site, a missing Origin and a malformed one", () => {
    expect(isSameOriginRequest({ origin: "https://evil.example", host: "localhost:8000", forwardedHost: null })).toBe(false)
    expect(isSameOriginRequest({ origin: null, host: "localhost:8000", forwardedHost: null })).toBe(false)
    expect(isSameOriginRequest({ origin: "null", host: "localhost:8000", forwardedHost: null })).toBe(false)
    expect(isSameOriginRequest({ origin: "http://localhost:8001", host: "localhost:8000", forwardedHost: null })).toBe(false)
  })
  it("accepts hosts listed as allowed", () => {
    expect(isSameOriginRequest({ origin: "https://proxy.example", host: "localhost:8000", forwardedHost: null }, ["proxy.example"])).toBe(true)
  })
})

describe("small helpers", () => {
  it("reads Retry-After in seconds or as a date", () => {
    const now = new Date("2026-01-01T00:00:00Z")
    expect(retryAfterSeconds("42", now)).toBe(42)
    expect(retryAfterSeconds("Thu, 01 Jan 2026 00:01:00 GMT", now)).toBe(60)
    expect(retryAfterSeconds(null, now)).toBeNull()
  })
  it("checks uploads by type and size", () => {
    expect(uploadProblem({ type: "application/pdf", size: 1000 }, DOCUMENT_TYPES)).toBeNull()
    expect(uploadProblem({ type: "text/plain", size: 10 }, DOCUMENT_TYPES)).toBe("type")
    // The backend's limit, 5 MB: a 2 MB phone photo passes, one byte over 5 MB does not.
    expect(uploadProblem({ type: "image/png", size: 2_000_000 }, DOCUMENT_TYPES)).toBeNull()
    expect(uploadProblem({ type: "image/png", size: 5 * 1024 * 1024 }, DOCUMENT_TYPES)).toBeNull()
    expect(uploadProblem({ type: "image/png", size: 5 * 1024 * 1024 + 1 }, DOCUMENT_TYPES)).toBe("size")
  })
  it("scales bars to the largest value", () => {
    expect(barHeights([0, 50, 100])).toEqual([0, 50, 100])
    expect(barHeights([1, 1000])).toEqual([1, 100])
    expect(barHeights([0, 0])).toEqual([0, 0])
  })
  it("formats commission and file names", () => {
    expect(basisPointsToPercent(500)).toBe("5%")
    expect(basisPointsToPercent(250)).toBe("2.5%")
    expect(settlementFileName("ziyang-tea", "2026-01-01", "2026-01-31")).toBe("seleno-settlement-ziyang-tea-2026-01-01-2026-01-31.csv")
  })
})
