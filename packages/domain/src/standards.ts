/**
 * Selenium standards that certificates cite. Ranges are mg/kg selenium per product category;
 * some editions set no upper limit, so `max` is optional. Check the current edition before
 * relying on a figure (shared/domain.md).
 */
export type StandardCategory = "tea" | "rice" | "cereal" | "farm_product" | "food"

export interface SeleniumRange {
  category: StandardCategory
  min: number
  max?: number
}

export interface SeleniumStandard {
  code: string
  name: { zh: string; en: string }
  ranges: SeleniumRange[]
  note?: string
}

export const SELENIUM_STANDARDS: readonly SeleniumStandard[] = [
  { code: "NY/T 600-2002", name: { zh: "富硒茶", en: "Selenium-rich tea" }, ranges: [{ category: "tea", min: 0.25, max: 4.0 }] },
  {
    code: "GB/T 22499-2008",
    name: { zh: "富硒稻谷", en: "Selenium-rich paddy (milled rice)" },
    ranges: [{ category: "rice", min: 0.04, max: 0.3 }],
    note: "Replaced by GB/T 22499-2025 from 2026-07-01",
  },
  {
    code: "GH/T 1135-2017",
    name: { zh: "富硒农产品", en: "Selenium-rich farm products" },
    ranges: [
      { category: "cereal", min: 0.1, max: 0.5 },
      { category: "tea", min: 0.25, max: 4.0 },
    ],
  },
  {
    code: "DB61/T 556-2018",
    name: { zh: "富硒含硒食品与相关产品硒含量标准", en: "Shaanxi selenium-rich and selenium-containing foods" },
    ranges: [{ category: "food", min: 0.01 }],
    note: "Per-category minimums, no upper limits; adds a 含硒 tier",
  },
  { code: "DBS42/002-2021", name: { zh: "富有机硒食品硒含量要求", en: "Hubei selenium-rich (organic selenium) foods" }, ranges: [{ category: "tea", min: 0.2, max: 5.0 }] },
]

export function findStandard(code: string): SeleniumStandard | undefined {
  return SELENIUM_STANDARDS.find((s) => s.code === code)
}

/** True when a measured content lies inside the standard's range for that category. */
export function isWithinStandard(standard: SeleniumStandard, category: StandardCategory, mgPerKg: number): boolean {
  const range = standard.ranges.find((r) => r.category === category)
  if (!range || !Number.isFinite(mgPerKg)) return false
  return mgPerKg >= range.min && (range.max === undefined || mgPerKg <= range.max)
}
