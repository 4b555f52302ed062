import { describe, expect, it } from "vitest"
import { serialCodeOf, serialFromPath } from "./serial-code"

describe("serialCodeOf", () => {
  it("takes the three parts of a package code", () => {
    expect(serialCodeOf({ gtin: "06971234000019", lot: "L2026001", serial: "0005", extra: 1 })).toEqual({
      gtin: "06971234000019",
      lot: "L2026001",
      serial: "0005",
    })
  })

  it("refuses a missing, empty, non-string or overlong part", () => {
    expect(serialCodeOf(null)).toBeNull()
    expect(serialCodeOf({ gtin: "06971234000019", lot: "L2026001" })).toBeNull()
    expect(serialCodeOf({ gtin: "06971234000019", lot: "", serial: "1" })).toBeNull()
    expect(serialCodeOf({ gtin: 6971234000019, lot: "L1", serial: "1" })).toBeNull()
    expect(serialCodeOf({ gtin: "06971234000019", lot: "L1", serial: "x".repeat(41) })).toBeNull()
  })
})

describe("serialFromPath", () => {
  it("reads the serial of a package's trace address, decoded", () => {
    expect(serialFromPath("/01/06971234000019/10/L2026001/21/0005")).toBe("0005")
    expect(serialFromPath("/01/06971234000019/10/L2026001/21/A%2FB")).toBe("A/B")
  })

  it("is null for a batch address, another path or a malformed escape", () => {
    expect(serialFromPath("/01/06971234000019/10/L2026001")).toBeNull()
    expect(serialFromPath("/zh-CN/store")).toBeNull()
    expect(serialFromPath("/01/06971234000019/10/L2026001/21/%E0%A4%A")).toBeNull()
  })
})
