import { describe, expect, it } from "vitest"
import { COUNTIES, countyByDivision, countyChoices, countyOptions, findCounty, LEGACY_COUNTY_CODES, placeName, REGIONS, regionOptions } from "./regions"

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

describe("the full county list", () => {
  it("lets every county of the selenium regions' prefectures be picked, 建始县 under 恩施州 included", () => {
    const enshi = countyOptions("enshi", "zh")
    expect(enshi.map((o) => o.label).sort()).toEqual(["利川市", "咸丰县", "宣恩县", "巴东县", "建始县", "恩施市", "来凤县", "鹤峰县"].sort())
    expect(enshi).toContainEqual({ value: "422822", label: "建始县" })
    expect(countyOptions("enshi", "en")).toContainEqual({ value: "422822", label: "Jianshi" })
    expect(findCounty("422822")?.region?.code).toBe("enshi")
    expect(countyOptions("ankang", "zh")).toHaveLength(11) // ten divisions and the 恒口 zone
    expect(countyOptions("ganzhou", "zh")).toHaveLength(18)
  })

  it("keeps the stored slugs of the first plans' counties, mapped onto their division codes", () => {
    expect(Object.keys(LEGACY_COUNTY_CODES)).toHaveLength(30)
    for (const [division, slug] of Object.entries(LEGACY_COUNTY_CODES)) {
      expect(countyByDivision(division)?.code).toBe(slug)
      expect(findCounty(slug)?.county.division).toBe(division)
    }
    expect(findCounty("ziyang")?.county).toMatchObject({ division: "610924", name: { zh: "紫阳县", en: "Ziyang" } })
    expect(findCounty("xunyang")?.county.name.zh).toBe("旬阳市")
    expect(findCounty("enshi")?.county.name).toEqual({ zh: "恩施市", en: "Enshi City" })
    expect(findCounty("hengkou")?.county).toMatchObject({ division: null, prefecture: "610900" })
    // A legacy county is stored by its slug only: its division code is not a second stored code.
    expect(findCounty("610924")).toBeUndefined()
  })

  it("has unique codes and division codes, six-digit divisions, and names in both languages", () => {
    expect(new Set(COUNTIES.map((c) => c.code)).size).toBe(COUNTIES.length)
    const divisions = COUNTIES.flatMap((c) => (c.division ? [c.division] : []))
    expect(new Set(divisions).size).toBe(divisions.length)
    for (const county of COUNTIES) {
      if (county.division) expect(county.division).toMatch(/^(61|36|42)\d{4}$/)
      expect(county.name.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(county.name.en).toMatch(/^[A-Z][A-Za-zü' ]+$/)
    }
    // The three provinces hold about 310 county-level divisions (2023).
    expect(COUNTIES.length).toBeGreaterThan(300)
  })

  it("offers counties outside the selenium regions too, named with their prefecture", () => {
    const wuchang = findCounty("420106")
    expect(wuchang).toMatchObject({ county: { name: { zh: "武昌区" } }, prefecture: { name: { zh: "武汉市" } }, province: { name: { zh: "湖北省" } } })
    expect(wuchang?.region).toBeUndefined()
    const all = countyOptions(null, "zh")
    expect(all).toContainEqual({ value: "420106", label: "武汉市 · 武昌区" })
    expect(all).toContainEqual({ value: "422822", label: "恩施州 · 建始县" })
    // The selenium regions come first.
    expect(all[0]).toEqual({ value: "hanbin", label: "安康市 · 汉滨区" })
    expect(countyChoices("zh")).toContainEqual({ value: "422822", label: "建始县", group: "湖北省 · 恩施州" })
    expect(countyChoices("en")).toContainEqual({ value: "ziyang", label: "Ziyang", group: "Shaanxi · Ankang" })
  })
})
