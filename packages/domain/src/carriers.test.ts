import { describe, expect, it } from "vitest"
import { CARRIER_CODES, CARRIERS, findCarrier, isValidTrackingNumber } from "./index"

describe("carriers", () => {
  it("lists each carrier once, with Chinese and English names", () => {
    expect(new Set(CARRIER_CODES).size).toBe(CARRIERS.length)
    for (const carrier of CARRIERS) {
      expect(carrier.name.zh.length).toBeGreaterThan(0)
      expect(carrier.name.en.length).toBeGreaterThan(0)
      expect(carrier.trackingUrl).toMatch(/^https:\/\//)
    }
  })
  it("finds the carriers the portal offers first", () => {
    expect(findCarrier("sf")?.name.zh).toBe("顺丰速运")
    expect(findCarrier("ems")?.name.en).toMatch(/EMS/)
    expect(findCarrier("jd")?.name.zh).toBe("京东物流")
    expect(findCarrier("fedex-moon")).toBeUndefined()
  })
})

describe("isValidTrackingNumber", () => {
  it("takes 6 to 30 letters or digits", () => {
    expect(isValidTrackingNumber("SF1234567890123")).toBe(true)
    expect(isValidTrackingNumber("123456")).toBe(true)
    expect(isValidTrackingNumber("A".repeat(30))).toBe(true)
  })
  it("refuses short, long, spaced or punctuated numbers", () => {
    expect(isValidTrackingNumber("12345")).toBe(false)
    expect(isValidTrackingNumber("A".repeat(31))).toBe(false)
    expect(isValidTrackingNumber("SF 123456")).toBe(false)
    expect(isValidTrackingNumber("SF-123456")).toBe(false)
    expect(isValidTrackingNumber("顺丰123456")).toBe(false)
  })
})
