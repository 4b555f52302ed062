import { describe, expect, it } from "vitest"
import { bpsToPercent, percentToBps } from "./commission"

describe("percentToBps", () => {
  it("turns percentages with up to two decimals into whole basis points", () => {
    expect(percentToBps("5")).toBe(500)
    expect(percentToBps("5.5")).toBe(550)
    expect(percentToBps("12.25")).toBe(1225)
    expect(percentToBps("0.01")).toBe(1)
    expect(percentToBps("0")).toBe(0)
    expect(percentToBps("100")).toBe(10_000)
  })

  it("accepts a trailing percent sign, spaces and a decimal comma", () => {
    expect(percentToBps(" 7.5 % ")).toBe(750)
    expect(percentToBps("3％")).toBe(300)
    expect(percentToBps("2,75")).toBe(275)
  })

  it("refuses what is not a rate from 0 to 100 % with at most two decimals", () => {
    for (const bad of ["", "abc", "-1", "100.01", "101", "5.555", "1e2", ".5", "5."]) {
      expect(percentToBps(bad), bad).toBeNull()
    }
  })

  it("is exact where floating point would not be (0.29 × 100 = 28.999…)", () => {
    expect(percentToBps("0.29")).toBe(29)
    expect(percentToBps("4.35")).toBe(435)
  })
})

describe("bpsToPercent", () => {
  it("shows basis points as a percentage with two decimals", () => {
    expect(bpsToPercent(500)).toBe("5.00")
    expect(bpsToPercent(1225)).toBe("12.25")
    expect(bpsToPercent(1)).toBe("0.01")
  })

  it("round-trips every whole basis point", () => {
    for (let bps = 0; bps <= 10_000; bps += 7) expect(percentToBps(bpsToPercent(bps))).toBe(bps)
  })
})
