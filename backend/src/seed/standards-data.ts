import type { CertificateCategory } from "@seleno/domain"

/**
 * The selenium standards the platform starts with, entered from ../../../shared/domain.md's table
 * (check the current edition before relying on a figure). From then on they are staff's data,
 * edited in the admin. A category a standard covers but whose figures are not known here has no
 * range: certificates cannot cite it until staff enter the figures from the standard's text.
 */
export interface ReferenceStandard {
  code: string
  edition: string
  name_zh: string
  name_en: string
  source: string
  note: string | null
  ranges: {
    category: CertificateCategory
    min_mg_per_kg: number
    max_mg_per_kg: number | null
    containing_min_mg_per_kg?: number
    containing_max_mg_per_kg?: number
  }[]
}

export const REFERENCE_STANDARDS: readonly ReferenceStandard[] = [
  {
    code: "NY/T 600-2002",
    edition: "2002",
    name_zh: "富硒茶",
    name_en: "Selenium-rich tea",
    source: "NY/T 600-2002 富硒茶, national agricultural industry standard",
    note: null,
    ranges: [{ category: "tea", min_mg_per_kg: 0.25, max_mg_per_kg: 4.0 }],
  },
  {
    code: "GB/T 22499-2008",
    edition: "2008",
    name_zh: "富硒稻谷",
    name_en: "Selenium-rich paddy (milled rice)",
    source: "GB/T 22499-2008 富硒稻谷, national standard; content measured on milled rice",
    note: "Replaced by GB/T 22499-2025 from 2026-07-01",
    ranges: [{ category: "rice", min_mg_per_kg: 0.04, max_mg_per_kg: 0.3 }],
  },
  {
    code: "GH/T 1135-2017",
    edition: "2017",
    name_zh: "富硒农产品",
    name_en: "Selenium-rich farm products",
    source: "GH/T 1135-2017 富硒农产品, supply and marketing cooperative industry standard",
    note: "Also sets shares of organic selenium",
    ranges: [
      { category: "cereal", min_mg_per_kg: 0.1, max_mg_per_kg: 0.5 },
      { category: "tea", min_mg_per_kg: 0.25, max_mg_per_kg: 4.0 },
    ],
  },
  {
    code: "DB61/T 556-2018",
    edition: "2018",
    name_zh: "富硒含硒食品与相关产品硒含量标准",
    name_en: "Shaanxi selenium-rich and selenium-containing foods",
    source: "DB61/T 556-2018 Table 1 (prepackaged foods), as published by the Ankang government on 2020-01-03",
    note:
      "Replaces the 2012 edition and adds a 含硒 tier; no upper limits. Table 2 categories (meat, eggs, fruit, fish, konjac, agricultural produce) are not entered: enter them from the standard's text.",
    ranges: [
      { category: "tea", min_mg_per_kg: 0.15, max_mg_per_kg: null, containing_min_mg_per_kg: 0.075, containing_max_mg_per_kg: 0.14 },
      // Wheat flour, rice, corn meal, dried noodles and other grain products.
      { category: "grain_product", min_mg_per_kg: 0.15, max_mg_per_kg: null, containing_min_mg_per_kg: 0.075, containing_max_mg_per_kg: 0.14 },
      { category: "edible_oil", min_mg_per_kg: 0.075, max_mg_per_kg: null, containing_min_mg_per_kg: 0.04, containing_max_mg_per_kg: 0.07 },
      { category: "condiment", min_mg_per_kg: 0.075, max_mg_per_kg: null, containing_min_mg_per_kg: 0.04, containing_max_mg_per_kg: 0.07 },
    ],
  },
  {
    code: "DBS42/002-2021",
    edition: "2021",
    name_zh: "富有机硒食品硒含量要求",
    name_en: "Hubei selenium-rich (organic selenium) foods",
    source: "DBS42/002-2021, Hubei food safety local standard",
    note: "Organic selenium at least 80% of total selenium",
    ranges: [{ category: "tea", min_mg_per_kg: 0.2, max_mg_per_kg: 5.0 }],
  },
]

/**
 * DEMO DATA, not real accreditations: the three testing bodies the demo certificates name, with
 * CMA numbers in the real format (12 digits: year, province, sequence) made up for the demo.
 * Replace them with the bodies' published numbers before going live.
 */
export const DEMO_ISSUERS = {
  ankang: {
    name: "安康市富硒产品质量检验中心",
    cma_number: "221627110381",
    scope_categories: ["tea", "rice", "cereal", "grain_product", "edible_oil", "condiment", "farm_product"] as CertificateCategory[],
  },
  ganzhou: {
    name: "赣州市农产品质量安全检测中心",
    cma_number: "211436050772",
    scope_categories: ["tea", "rice", "cereal", "farm_product"] as CertificateCategory[],
  },
  enshi: {
    name: "恩施州富硒产品检测中心",
    cma_number: "231742280615",
    scope_categories: ["tea", "farm_product"] as CertificateCategory[],
  },
} as const
