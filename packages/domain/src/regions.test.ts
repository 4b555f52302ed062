import { describe, expect, it } from "vitest"
import { countyOptions, placeName, REGIONS, regionOptions } from "./regions"

describe("regionOptions", () => {
  it("keeps codes as values and names the regions in the viewer's language", () => {
    expect(regionOptions("zh")).toContainEqual({ value: "ankang", label: "安康市" })
    expect(regionOptions("en")).toContainEqual({ value: "ankang", label: "Ankang" })
    expect(regionOptions("zh")).toHaveLength(REGIONS.length)
  })
})

describe("countyOptions", () => {
  it("lists only the chosen region's counties", () => {
    const ankang = countyOptions("ankang", "zh")
    expect(ankang).toContainEqual({ value: "ziyang", label: "紫阳县" })
    expect(ankang.map((o) => o.value)).not.toContain("yudu")
  })

  it("lists every county with its region's name when no known region is chosen", () => {
    const all = countyOptions("", "zh")
    expect(all).toContainEqual({ value: "ziyang", label: "安康市 · 紫阳县" })
    expect(all).toContainEqual({ value: "yudu", label: "赣州市 · 于都县" })
    expect(countyOptions("atlantis", "en")).toContainEqual({ value: "ziyang", label: "Ankang · Ziyang" })
  })
})

describe("placeName", () => {
  it("names region and county codes, and leaves unknown codes as they are", () => {
    expect(placeName("ankang", "zh")).toBe("安康市")
    expect(placeName("ziyang", "zh")).toBe("紫阳县")
    expect(placeName("ziyang", "en")).toBe("Ziyang")
    expect(placeName("atlantis", "zh")).toBe("atlantis")
  })
})
