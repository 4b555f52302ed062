import { commissionFen, formatFen, settle, toFen } from "../settlement-money"

describe("toFen", () => {
  it("converts major units exactly, whatever form Medusa gives them in", () => {
    expect(toFen(266)).toBe(26600)
    expect(toFen("0.1")).toBe(10)
    expect(toFen(0.1 + 0.2)).toBe(30)
    expect(toFen({ value: "128.5" } as never)).toBe(12850)
  })
  it("rounds a third decimal half-up", () => {
    expect(toFen("1.005")).toBe(101)
    expect(toFen("1.0049")).toBe(100)
  })
})

describe("commissionFen", () => {
  it("takes 5 % of 266.00 as 13.30", () => {
    expect(commissionFen(26600, 500)).toBe(1330)
  })
  it("rounds half a fen up and less than half down", () => {
    expect(commissionFen(10, 500)).toBe(1) // 0.5 fen → 1
    expect(commissionFen(9, 500)).toBe(0) // 0.45 fen → 0
    expect(commissionFen(12345, 333)).toBe(411) // 411.0885 → 411
    expect(commissionFen(15, 3333)).toBe(5) // 4.9995 → 5
  })
  it("rounds a negative gross symmetrically", () => {
    expect(commissionFen(-10, 500)).toBe(-1)
  })
  it("stays exact far beyond float precision of a float product", () => {
    expect(commissionFen(900719925474099, 9999)).toBe(900629853481552) // …551.5901 → …552
  })
  it("refuses fractional fen and impossible rates", () => {
    expect(() => commissionFen(1.5, 500)).toThrow(RangeError)
    expect(() => commissionFen(100, 10001)).toThrow(RangeError)
    expect(() => commissionFen(100, 2.5)).toThrow(RangeError)
  })
})

describe("formatFen and settle", () => {
  it("formats two places", () => {
    expect(formatFen(26600)).toBe("266.00")
    expect(formatFen(1330)).toBe("13.30")
    expect(formatFen(5)).toBe("0.05")
    expect(formatFen(-1330)).toBe("-13.30")
  })
  it("owes gross less commission", () => {
    const { gross, commission, owed } = settle(26600, 500)
    expect([formatFen(gross), formatFen(commission), formatFen(owed)]).toEqual(["266.00", "13.30", "252.70"])
  })
})
