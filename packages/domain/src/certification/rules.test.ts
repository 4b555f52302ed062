import { describe, expect, it } from "vitest"
import { formatRange, isWithinRange, issuerProblem, measuredProblem, meetsStandard, rangeInputProblem, type StandardRanges } from "./rules"

const nyt600: StandardRanges = { code: "NY/T 600-2002", ranges: [{ category: "tea", min_mg_per_kg: 0.25, max_mg_per_kg: 4 }] }
const db61: StandardRanges = {
  code: "DB61/T 556-2018",
  ranges: [
    { category: "tea", min_mg_per_kg: 0.15, max_mg_per_kg: null, containing_min_mg_per_kg: 0.075, containing_max_mg_per_kg: 0.14 },
    { category: "grain_product", min_mg_per_kg: 0.15, max_mg_per_kg: null, containing_min_mg_per_kg: 0.075, containing_max_mg_per_kg: 0.14 },
  ],
}
const cert = (over: Partial<{ standard_code: string; category: string; measured_mg_per_kg: number | null }> = {}) => ({
  standard_code: "NY/T 600-2002",
  category: "tea",
  measured_mg_per_kg: 1.2 as number | null,
  ...over,
})

describe("the selenium range rule", () => {
  it("accepts a value inside the range, bounds included", () => {
    expect(measuredProblem(nyt600, cert())).toBeNull()
    expect(measuredProblem(nyt600, cert({ measured_mg_per_kg: 0.25 }))).toBeNull()
    expect(measuredProblem(nyt600, cert({ measured_mg_per_kg: 4 }))).toBeNull()
    expect(meetsStandard(nyt600, cert())).toBe(true)
  })

  it("refuses a value outside the range, naming the range", () => {
    const high = measuredProblem(nyt600, cert({ measured_mg_per_kg: 9.5 }))
    expect(high).toMatchObject({ code: "measured_outside_range", params: { measured: 9.5, standard: "NY/T 600-2002", category: "tea", range: "0.25–4.00" } })
    expect(high!.message).toBe("9.5 mg/kg is outside NY/T 600-2002's range for tea (0.25–4.00 mg/kg)")
    expect(measuredProblem(nyt600, cert({ measured_mg_per_kg: 0.2 }))?.code).toBe("measured_outside_range")
    expect(meetsStandard(nyt600, cert({ measured_mg_per_kg: 4.01 }))).toBe(false)
  })

  it("has no upper limit where the standard sets none, and names the 含硒 tier below 富硒", () => {
    expect(measuredProblem(db61, cert({ standard_code: db61.code, category: "grain_product", measured_mg_per_kg: 50 }))).toBeNull()
    const containing = measuredProblem(db61, cert({ standard_code: db61.code, category: "grain_product", measured_mg_per_kg: 0.1 }))
    expect(containing).toMatchObject({ code: "measured_outside_range", params: { range: "≥ 0.15", tier: "containing" } })
    expect(containing!.message).toMatch(/outside DB61\/T 556-2018's range for grain products \(≥ 0.15 mg\/kg\); that is the 含硒/)
    expect(measuredProblem(db61, cert({ standard_code: db61.code, measured_mg_per_kg: 0.01 }))?.params.tier).toBe("")
  })

  it("never assumes a range: an unknown standard or a category without thresholds is refused", () => {
    expect(measuredProblem(undefined, cert({ standard_code: "XX/T 1-2000" }))).toMatchObject({ code: "unknown_standard", params: { standard: "XX/T 1-2000" } })
    const fish = measuredProblem(db61, cert({ standard_code: db61.code, category: "farm_product" }))
    expect(fish).toMatchObject({ code: "category_without_range", params: { standard: "DB61/T 556-2018", category: "farm_product" } })
    expect(fish!.message).toMatch(/category "farm_product" has no thresholds entered for DB61\/T 556-2018/)
    expect(meetsStandard(nyt600, cert({ category: "rice" }))).toBe(false)
  })

  it("needs a measured value", () => {
    expect(measuredProblem(nyt600, cert({ measured_mg_per_kg: null }))?.code).toBe("measured_missing")
    expect(isWithinRange(nyt600.ranges[0]!, Number.NaN)).toBe(false)
  })

  it("prints figures as standards do", () => {
    expect(formatRange(0.25, 4)).toBe("0.25–4.00")
    expect(formatRange(0.04, 0.3)).toBe("0.04–0.30")
    expect(formatRange(0.075, null)).toBe("≥ 0.075")
  })
})

describe("the issuer rule", () => {
  const issuer = { id: "iss_1", name: "安康市富硒产品质量检验中心", active: true, scope_categories: ["tea", "grain_product"], scope_standard_codes: [] as string[] }
  const input = { issuer_id: "iss_1", standard_code: "NY/T 600-2002", category: "tea" }

  it("accepts an active issuer whose scope covers the category and standard", () => {
    expect(issuerProblem(issuer, input)).toBeNull()
    expect(issuerProblem({ ...issuer, scope_standard_codes: ["NY/T 600-2002"] }, input)).toBeNull()
  })

  it("refuses an unknown, inactive or out-of-scope issuer, naming it", () => {
    expect(issuerProblem(undefined, { ...input, issuer_id: "iss_x" })).toMatchObject({ code: "unknown_issuer", params: { issuer: "iss_x" } })
    expect(issuerProblem({ ...issuer, active: false }, input)).toMatchObject({ code: "issuer_inactive", params: { issuer: issuer.name } })
    const rice = issuerProblem(issuer, { ...input, category: "rice" })
    expect(rice).toMatchObject({ code: "issuer_scope", params: { issuer: issuer.name, category: "rice" } })
    expect(rice!.message).toContain("安康市富硒产品质量检验中心's accreditation does not cover rice (milled paddy) under NY/T 600-2002")
    expect(issuerProblem({ ...issuer, scope_standard_codes: ["GB/T 22499-2008"] }, input)?.code).toBe("issuer_scope")
  })
})

describe("what staff may enter as a range", () => {
  it("accepts a range, an open-ended one and one with a 含硒 tier", () => {
    expect(rangeInputProblem({ min_mg_per_kg: 0.25, max_mg_per_kg: 4 })).toBeNull()
    expect(rangeInputProblem({ min_mg_per_kg: 0.15, max_mg_per_kg: null, containing_min_mg_per_kg: 0.075, containing_max_mg_per_kg: 0.14 })).toBeNull()
  })
  it("refuses negative figures, a max not above its min and a 含硒 tier that reaches 富硒", () => {
    expect(rangeInputProblem({ min_mg_per_kg: -0.1, max_mg_per_kg: null })).toMatch(/≥ 0/)
    expect(rangeInputProblem({ min_mg_per_kg: 0.3, max_mg_per_kg: 0.3 })).toMatch(/max_mg_per_kg \(0.3\) must be greater than min_mg_per_kg \(0.3\)/)
    expect(rangeInputProblem({ min_mg_per_kg: 0.15, max_mg_per_kg: null, containing_min_mg_per_kg: 0.14, containing_max_mg_per_kg: 0.1 })).toMatch(/containing_max/)
    expect(rangeInputProblem({ min_mg_per_kg: 0.15, max_mg_per_kg: null, containing_min_mg_per_kg: 0.075, containing_max_mg_per_kg: 0.2 })).toMatch(/below the 富硒 minimum/)
    expect(rangeInputProblem({ min_mg_per_kg: 0.15, max_mg_per_kg: null, containing_max_mg_per_kg: 0.1 })).toMatch(/containing_min_mg_per_kg is required/)
  })
})
