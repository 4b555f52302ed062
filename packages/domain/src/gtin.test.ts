import { describe, expect, it } from "vitest"
import { gtinCheckDigit, isValidGtin, toGtin14 } from "./index"

describe("gtinCheckDigit", () => {
  it("computes the check digit for every GTIN length", () => {
    expect(gtinCheckDigit("9638507")).toBe(4)
    expect(gtinCheckDigit("03600029145")).toBe(2)
    expect(gtinCheckDigit("400638133393")).toBe(1)
    expect(gtinCheckDigit("590123412345")).toBe(7)
    expect(gtinCheckDigit("1061414100041")).toBe(5)
  })
  it("gives 0 rather than 10 when the sum is a multiple of ten", () => {
    expect(gtinCheckDigit("0000000000000")).toBe(0)
  })
  it("rejects wrong lengths and non-digits", () => {
    for (const bad of ["", "123456", "12345678", "1234567890", "12345678901234", "40063813339a", " 400638133393", "4006381.3339"]) {
      expect(() => gtinCheckDigit(bad), bad).toThrow(RangeError)
    }
  })
})

describe("isValidGtin", () => {
  it("accepts real codes of each length", () => {
    expect(isValidGtin("96385074")).toBe(true)
    expect(isValidGtin("036000291452")).toBe(true)
    expect(isValidGtin("4006381333931")).toBe(true)
    expect(isValidGtin("10614141000415")).toBe(true)
  })
  it("rejects a wrong check digit", () => {
    expect(isValidGtin("4006381333932")).toBe(false)
    expect(isValidGtin("036000291453")).toBe(false)
    expect(isValidGtin("10614141000416")).toBe(false)
  })
  it("rejects wrong lengths, letters and whitespace", () => {
    for (const bad of ["", "4006381", "400638133393", "40063813339310", "004006381333931", "400638133393A", "4006381333931 ", "4006-381333931"]) {
      expect(isValidGtin(bad), bad).toBe(false)
    }
  })
  it("rejects an 11-digit code even though 11 data digits are valid input for the check digit", () => {
    expect(isValidGtin("03600029145")).toBe(false)
  })
})

describe("toGtin14", () => {
  it("left-pads valid GTIN-8, -12 and -13 with zeros", () => {
    expect(toGtin14("96385074")).toBe("00000096385074")
    expect(toGtin14("036000291452")).toBe("00036000291452")
    expect(toGtin14("4006381333931")).toBe("04006381333931")
  })
  it("keeps a valid GTIN-14, and the padded form is itself valid", () => {
    expect(toGtin14("10614141000415")).toBe("10614141000415")
    expect(isValidGtin(toGtin14("4006381333931") ?? "")).toBe(true)
  })
  it("returns null for invalid input", () => {
    expect(toGtin14("4006381333932")).toBeNull()
    expect(toGtin14("400638133393")).toBeNull()
    expect(toGtin14("ABCDEFGH")).toBeNull()
    expect(toGtin14("")).toBeNull()
  })
})
