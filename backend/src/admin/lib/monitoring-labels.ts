/**
 * Labels of the market monitoring page: Chinese first (the regional office works in Chinese),
 * English after it, so English-speaking staff and tests find the same control.
 */

export const MONITORING_NAV = "市场监测 Market monitoring"

export const MON = {
  title: "市场监测 Market monitoring",
  intro: "质量有标准、销售有标志、过程可追溯、市场可监测。Certified share and trace coverage are as of now; sales and scans cover the chosen dates (China time).",
  from: "从 From",
  to: "到 To",
  region: "地区 Region",
  allRegions: "全部地区 All regions",
  exportCsv: "导出 CSV Export CSV",
  headline: "总览 Overview",
  certifiedShare: "认证商品占比 Certified share of published products",
  traceCoverage: "追溯覆盖率 Trace coverage of certified products",
  target: (year: number, share: string) => `${year} 年目标 Target for ${year}: ${share}`,
  targets: "规划目标 Plan targets",
  meets: "已达标 On target",
  below: "未达标 Below target",
  noCertified: "暂无认证商品 No certified products yet",
  ofParts: (numerator: number, denominator: number) => `${numerator} / ${denominator}`,
  counties: "分县数据 By county",
  unplaced: (products: number, enterprises: number) =>
    `未标县区 No county: ${products} 件在售商品 published products, ${enterprises} 家企业 enterprises (计入合计 counted in the totals only)`,
  total: "合计 Total",
  period: (from: string, to: string) => `${from} – ${to}`,
} as const

/** Column headers of the county table (the CSV's columns say the same). */
export const MON_COLUMNS = {
  county: "县区 County",
  region: "地区 Region",
  enterprises: "在营企业 Enterprises",
  published: "在售商品 Published",
  certified: "认证商品 Certified",
  certifiedShare: "认证占比 Certified share",
  traced: "可追溯 Traced",
  traceCoverage: "追溯覆盖 Coverage",
  orders: "已付订单 Paid orders",
  sales: "销售额 Sales",
  scans: "扫码 Scans",
  openCases: "未结举报 Open cases",
} as const

/** A 0–1 share as a percentage with one decimal; "—" without a denominator. */
export function formatShare(share: number | null): string {
  return share === null ? "—" : `${(share * 100).toFixed(1)}%`
}

/** Fen as "¥1,234.50". */
export function formatFen(fen: number): string {
  return `¥${(fen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
}
