import { describe, expect, it } from "vitest"
import { CARRIER_CODES, CARRIERS, findCarrier, trackingNumberProblem, trackingNumberProblemMessage } from "./index"

describe("carriers", () => {
  it("lists each carrier once, with Chinese and English names and form hints", () => {
    expect(new Set(CARRIER_CODES).size).toBe(CARRIERS.length)
    for (const carrier of CARRIERS) {
      expect(carrier.name.zh.length).toBeGreaterThan(0)
      expect(carrier.name.en.length).toBeGreaterThan(0)
      expect(carrier.trackingUrl).toMatch(/^https:\/\//)
      expect(carrier.trackingNumber.hint.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(carrier.trackingNumber.hint.en).not.toMatch(/[\u4e00-\u9fff]/)
    }
  })
  it("finds the carriers the portal offers first", () => {
    expect(findCarrier("sf")?.name.zh).toBe("顺丰速运")
    expect(findCarrier("ems")?.name.en).toMatch(/EMS/)
    expect(findCarrier("jd")?.name.zh).toBe("京东物流")
    expect(findCarrier("fedex-moon")).toBeUndefined()
  })
})

const accepts = (carrier: string, value: string) => expect(trackingNumberProblem(carrier, value), `${carrier} ${value}`).toBeNull()
const refuses = (carrier: string, value: string) =>
  expect(trackingNumberProblem(carrier, value), `${carrier} ${value}`).toEqual({ code: "tracking_number_format", params: { carrier } })

// Accepted numbers follow the forms of the sources named in carriers.ts; refused ones are near misses.
describe("trackingNumberProblem", () => {
  it("顺丰: SF + 13 characters, or 12 digits", () => {
    for (const ok of ["SF1234567890123", "sf1234567890123", "SFA123456789012", "118650888018", "  SF1234567890123 "]) accepts("sf", ok)
    for (const bad of ["SF-12 34", "SF1234", "SF123456789012", "SF12345678901234", "SF 1234567890123", "SF1234-567890123", "11865088801", "1186508880181", "XF1234567890123"]) refuses("sf", bad)
  })
  it("中通: 12 or 14 digits", () => {
    for (const ok of ["78123456789012", "73123456789012", "121234567890"]) accepts("zto", ok)
    for (const bad of ["7812345678901", "781234567890123", "ZTO100000001", "78 123456789012"]) refuses("zto", bad)
  })
  it("圆通: YT + 13 digits and the older forms", () => {
    for (const ok of ["YT1234567890123", "yt1234567890123", "V030344422", "881234567890", "912345678901234567", "DD8123456789012345", "Y123456789012"]) accepts("yto", ok)
    for (const bad of ["YT123456789012345", "YT-1234567890123", "YT123456789", "512345678901234567"]) refuses("yto", bad)
  })
  it("韵达: 13 or 15 digits", () => {
    for (const ok of ["3103630045838", "312345678901234", "462345678901234"]) accepts("yunda", ok)
    for (const bad of ["31036300458", "31234567890123", "3123456789012345", "YD3103630045838"]) refuses("yunda", bad)
  })
  it("申通: 12–17 digits, or STO + 10 digits", () => {
    for (const ok of ["968754207139", "229855869255", "773123456789012", "43123456789012345", "STO1234567890"]) accepts("sto", ok)
    for (const bad of ["96875420713", "431234567890123456", "STO123456789", "773 123456789012"]) refuses("sto", bad)
  })
  it("京东: JD + two letters or digits + 11 digits", () => {
    for (const ok of ["JDVA12345678901", "JDX012345678901", "jdva12345678901"]) accepts("jd", ok)
    for (const bad of ["JD0001234567", "JDVA1234567890", "JDVA123456789012", "JD-VA12345678901", "VA45306123456"]) refuses("jd", bad)
  })
  it("EMS: 13 digits, the S10 form, or P + a letter + 11 digits", () => {
    for (const ok of ["EA123456789CN", "TX801495811US", "1234567890123", "9889510569807", "PA12345678901"]) accepts("ems", ok)
    for (const bad of ["EMS123456789", "EA12345678CN", "EA123456789C", "EA 123456789CN", "123456789012"]) refuses("ems", bad)
  })
  it("other listed carriers keep the generic 6–30 letters or digits", () => {
    for (const carrier of ["jt", "deppon", "post"]) {
      accepts(carrier, "JT0006968326954")
      accepts(carrier, "123456")
      refuses(carrier, "12345")
      refuses(carrier, "A".repeat(31))
      refuses(carrier, "JT-000696")
      refuses(carrier, "顺丰123456")
    }
  })
  it("refuses a carrier it does not know, and words both problems in English", () => {
    expect(trackingNumberProblem("moon-post", "SF1234567890123")).toEqual({ code: "unknown_carrier", params: { carrier: "moon-post" } })
    const problem = trackingNumberProblem("sf", " SF-12 34 ")!
    expect(trackingNumberProblemMessage(problem, " SF-12 34 ")).toBe('tracking_number "SF-12 34" is not a waybill number of SF Express: expected SF followed by 13 characters, 15 in all (e.g. SF1234567890123), or 12 digits')
    expect(trackingNumberProblemMessage({ code: "unknown_carrier", params: { carrier: "x" } }, "1")).toMatch(/not a carrier we know/)
  })
})
