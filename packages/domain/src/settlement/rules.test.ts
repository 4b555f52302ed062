import { describe, expect, it } from "vitest"
import { refundFenForUnits } from "./rules"

describe("refundFenForUnits", () => {
  it("refunds a whole line exactly, however the units come back", () => {
    const line = { totalFen: 10000, quantity: 3 }
    const parts = [refundFenForUnits(line, 0, 1), refundFenForUnits(line, 1, 1), refundFenForUnits(line, 2, 1)]
    expect(parts).toEqual([3333, 3334, 3333])
    expect(parts.reduce((a, b) => a + b, 0)).toBe(10000)
    expect(refundFenForUnits(line, 0, 3)).toBe(10000)
  })

  it("refuses to return more than was bought", () => {
    expect(() => refundFenForUnits({ totalFen: 500, quantity: 2 }, 1, 2)).toThrow(RangeError)
    expect(() => refundFenForUnits({ totalFen: 500, quantity: 2 }, 0, 0)).toThrow(RangeError)
  })
})
