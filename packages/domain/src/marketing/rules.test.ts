import { describe, expect, it } from "vitest"
import { belowFloorProblem, brandLineage, fundingOf, fundingTagValues, isManagedTag, platformLiveFen } from "./rules"

describe("funding rules", () => {
  it("counts unknown funding as the enterprise's", () => {
    expect(fundingOf("platform")).toBe("platform")
    expect(fundingOf(undefined)).toBe("enterprise")
    expect(fundingOf("shop")).toBe("enterprise")
  })

  it("walks a brand up to its regional parent and stops on a cycle", () => {
    const byId = new Map([
      ["b1", { handle: "ziyang-selenium-tea", parent_id: "b0" }],
      ["b0", { handle: "ankang-selenium-tea", parent_id: null }],
      ["x", { handle: "loop", parent_id: "x" }],
    ])
    expect(brandLineage("b1", byId)).toEqual(["ziyang-selenium-tea", "ankang-selenium-tea"])
    expect(brandLineage("x", byId)).toEqual(["loop"])
  })

  it("tags brands and consent", () => {
    expect(fundingTagValues(["a", "b"], true)).toEqual(["brand:a", "brand:b", "funding:enterprise-consent"])
    expect(fundingTagValues(["a"], false)).toEqual(["brand:a"])
    expect(isManagedTag("brand:a")).toBe(true)
    expect(isManagedTag("新品")).toBe(false)
  })

  it("refuses prices below the floor to the fen", () => {
    expect(belowFloorProblem(0.01, 150)).toBe("below_floor")
    expect(belowFloorProblem(150, 150)).toBeNull()
    expect(belowFloorProblem(149.99, 150)).toBe("below_floor")
    expect(belowFloorProblem(0.01, null)).toBeNull()
  })

  it("gives the platform the whole live cut only when it funds the session", () => {
    expect(platformLiveFen("platform", 19800, 15800, 2)).toBe(8000)
    expect(platformLiveFen("enterprise", 19800, 15800, 2)).toBe(0)
    expect(platformLiveFen(null, 19800, 15800, 2)).toBe(0)
    expect(platformLiveFen("platform", 15800, 15800, 1)).toBe(0)
  })
})

