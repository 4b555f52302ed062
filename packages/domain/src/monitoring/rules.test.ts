import { describe, expect, it } from "vitest"
import { REGIONS } from "../regions"
import {
  assembleMonitoringReport,
  countsAsSale,
  fenAsYuan,
  MONITORING_CSV_HEADER,
  monitoringCsvRows,
  share,
  traceCoverageTarget,
  type MonitoringFacts,
  type MonitoringOrderFact,
} from "./rules"

const paid = { status: "completed", amount_fen: 12900, captured_fen: 12900, refunded_fen: 0 }
const order = (id: string, items: MonitoringOrderFact["items"], payment = [paid], status = "pending"): MonitoringOrderFact => ({
  id,
  status,
  items,
  payment_collections: payment,
})

const facts = (patch: Partial<MonitoringFacts> = {}): MonitoringFacts => ({
  from: "2026-11-07",
  to: "2026-12-06",
  region: null,
  now: new Date("2026-12-06T04:00:00Z"),
  published: [],
  product_counties: {},
  enterprise_counties: [],
  orders: [],
  scans: [],
  open_cases: [],
  ...patch,
})

const row = (report: ReturnType<typeof assembleMonitoringReport>, county: string) => report.counties.find((r) => r.county.code === county)!

describe("share", () => {
  it("is the ratio to four decimals, with its parts", () => {
    expect(share(1, 3)).toEqual({ numerator: 1, denominator: 3, share: 0.3333 })
    expect(share(2, 2).share).toBe(1)
  })
  it("is null without a denominator, not 0 or NaN", () => {
    expect(share(0, 0).share).toBeNull()
  })
})

describe("countsAsSale", () => {
  it("counts an order whose payment is captured in full", () => {
    expect(countsAsSale(order("o", [], [paid]))).toBe(true)
  })
  it("does not count an authorized or partly captured payment", () => {
    expect(countsAsSale(order("o", [], [{ ...paid, status: "authorized", captured_fen: 0 }]))).toBe(false)
    expect(countsAsSale(order("o", [], [{ ...paid, status: "partially_captured", captured_fen: 5000 }]))).toBe(false)
  })
  it("does not count a canceled order, an order without payment, or one refunded in full", () => {
    expect(countsAsSale(order("o", [], [paid], "canceled"))).toBe(false)
    expect(countsAsSale(order("o", [], []))).toBe(false)
    expect(countsAsSale(order("o", [], [{ ...paid, status: "canceled" }]))).toBe(false)
    expect(countsAsSale(order("o", [], [{ ...paid, refunded_fen: 12900 }]))).toBe(false)
  })
  it("keeps an order refunded in part, and ignores a canceled collection beside a captured one", () => {
    expect(countsAsSale(order("o", [], [{ ...paid, refunded_fen: 100 }]))).toBe(true)
    expect(countsAsSale(order("o", [], [{ ...paid, status: "canceled", captured_fen: 0 }, paid]))).toBe(true)
  })
  it("needs nothing captured of a zero-amount collection", () => {
    expect(countsAsSale(order("o", [], [{ status: "not_paid", amount_fen: 0, captured_fen: 0, refunded_fen: 0 }]))).toBe(true)
  })
})

describe("traceCoverageTarget", () => {
  it("is the latest milestone already due: 40% from 2023, 60% from 2025", () => {
    expect(traceCoverageTarget(2023).share).toBe(0.4)
    expect(traceCoverageTarget(2024).share).toBe(0.4)
    expect(traceCoverageTarget(2025).share).toBe(0.6)
    expect(traceCoverageTarget(2030).share).toBe(0.6)
  })
  it("is the first milestone before any is due", () => {
    expect(traceCoverageTarget(2021)).toMatchObject({ year: 2023, share: 0.4 })
  })
})

describe("assembleMonitoringReport", () => {
  const published = [
    { id: "p1", county: "ziyang", certified: true, traced: true },
    { id: "p2", county: "ziyang", certified: true, traced: false },
    { id: "p3", county: "ziyang", certified: false, traced: true },
    { id: "p4", county: "xunwu", certified: false, traced: false },
    { id: "p5", county: null, certified: true, traced: true },
  ]

  it("has one row per county of every region, in the regions' order", () => {
    const report = assembleMonitoringReport(facts())
    expect(report.counties.map((r) => r.county.code)).toEqual(REGIONS.flatMap((r) => r.counties.map((c) => c.code)))
    expect(row(report, "ziyang")).toMatchObject({ region: { code: "ankang" }, county: { name: { zh: "紫阳县", en: "Ziyang" } }, published_products: 0 })
  })

  it("counts certified products among published ones, and traced among certified ones", () => {
    const report = assembleMonitoringReport(facts({ published }))
    const ziyang = row(report, "ziyang")
    expect(ziyang).toMatchObject({ published_products: 3, certified_products: 2, traced_products: 1 })
    expect(ziyang.certified_share).toEqual({ numerator: 2, denominator: 3, share: 0.6667 })
    // p3 has a batch but no certificate: it is not in the coverage.
    expect(ziyang.trace_coverage).toEqual({ numerator: 1, denominator: 2, share: 0.5 })
    expect(row(report, "xunwu").trace_coverage.share).toBeNull()
  })

  it("keeps what names no county out of the rows but in the totals and the headline", () => {
    const report = assembleMonitoringReport(facts({ published, enterprise_counties: ["ziyang", null, "nowhere"] }))
    expect(report.unplaced).toMatchObject({ published_products: 1, certified_products: 1, enterprises: 2 })
    expect(report.totals).toMatchObject({ published_products: 5, certified_products: 3, traced_products: 2, enterprises: 3 })
    expect(report.certified_share).toEqual({ numerator: 3, denominator: 5, share: 0.6 })
    expect(report.trace_coverage).toMatchObject({ numerator: 2, denominator: 3, share: 0.6667 })
  })

  it("limits rows, totals and headline to a region", () => {
    const report = assembleMonitoringReport(facts({ published, region: "ganzhou", enterprise_counties: ["xunwu", "ziyang", null] }))
    expect(report.counties.every((r) => r.region.code === "ganzhou")).toBe(true)
    expect(report.counties).toHaveLength(REGIONS.find((r) => r.code === "ganzhou")!.counties.length)
    expect(report.totals).toMatchObject({ published_products: 1, certified_products: 0, enterprises: 1 })
    expect(report.unplaced.published_products).toBe(0)
    expect(report.certified_share).toEqual({ numerator: 0, denominator: 1, share: 0 })
  })

  it("measures trace coverage against the milestone of the current China year", () => {
    const report = assembleMonitoringReport(facts({ published }))
    expect(report.trace_coverage.target).toMatchObject({ year: 2025, share: 0.6 })
    expect(report.trace_coverage.meets_target).toBe(true)
    const lower = assembleMonitoringReport(facts({ published: published.slice(0, 2) }))
    expect(lower.trace_coverage.share).toBe(0.5)
    expect(lower.trace_coverage.meets_target).toBe(false)
    expect(assembleMonitoringReport(facts()).trace_coverage.meets_target).toBeNull()
    // 2024-12-31 16:00 UTC is already 2025 in China.
    expect(assembleMonitoringReport(facts({ now: new Date("2024-12-31T16:00:00Z") })).trace_coverage.target.year).toBe(2025)
  })

  it("adds paid orders' item totals to the county of each item's product", () => {
    const report = assembleMonitoringReport(
      facts({
        product_counties: { p1: "ziyang", p4: "xunwu", gone: "ziyang" },
        orders: [
          order("o1", [{ product_id: "p1", total_fen: 10000 }, { product_id: "p4", total_fen: 2900 }]),
          // Unpublished since: its sale still counts for its county.
          order("o2", [{ product_id: "gone", total_fen: 500 }]),
          order("o3", [{ product_id: "p1", total_fen: 99999 }], [{ ...paid, status: "authorized", captured_fen: 0 }]),
          order("o4", [{ product_id: "p1", total_fen: 99999 }], [paid], "canceled"),
        ],
      })
    )
    expect(row(report, "ziyang")).toMatchObject({ orders: 2, sales_fen: 10500 })
    expect(row(report, "xunwu")).toMatchObject({ orders: 1, sales_fen: 2900 })
    // o1 spans two counties: once in the totals.
    expect(report.totals).toMatchObject({ orders: 2, sales_fen: 13400 })
  })

  it("puts scans and open cases in their county; what names no county only in the totals", () => {
    const report = assembleMonitoringReport(
      facts({ scans: [{ county: "ziyang", count: 7 }, { county: null, count: 2 }], open_cases: [{ county: "xunwu", count: 3 }] })
    )
    expect(row(report, "ziyang").scans).toBe(7)
    expect(row(report, "xunwu").open_cases).toBe(3)
    expect(row(report, "ziyang").open_cases).toBe(0)
    expect(report.totals).toMatchObject({ scans: 9, open_cases: 3 })
    expect(report.unplaced).toMatchObject({ scans: 2, open_cases: 0 })
  })
})

describe("monitoringCsvRows", () => {
  const report = assembleMonitoringReport(
    facts({
      published: [{ id: "p1", county: "ziyang", certified: true, traced: false }],
      product_counties: { p1: "ziyang" },
      orders: [order("o1", [{ product_id: "p1", total_fen: 12905 }])],
      open_cases: [{ county: "ziyang", count: 2 }],
    })
  )
  const rows = monitoringCsvRows(report)

  it("has the header, one row per county, the rows naming no county and the total", () => {
    expect(rows[0]).toEqual([...MONITORING_CSV_HEADER])
    const countyRows = rows.filter((r) => typeof r[3] === "string" && r[3] !== "" && r !== rows[0])
    expect(countyRows).toHaveLength(REGIONS.reduce((n, r) => n + r.counties.length, 0))
    expect(rows.at(-2)!.slice(4, 6)).toEqual(["未标县区", "No county"])
    expect(rows.at(-1)!.slice(4, 6)).toEqual(["合计", "Total"])
    expect(rows.every((r) => r.length === MONITORING_CSV_HEADER.length)).toBe(true)
  })

  it("writes shares with four decimals and money in yuan", () => {
    const ziyang = rows.find((r) => r[3] === "ziyang")!
    expect(ziyang.slice(0, 6)).toEqual(["2026-11-07", "2026-12-06", "安康市", "ziyang", "紫阳县", "Ziyang"])
    expect(ziyang.slice(6)).toEqual([0, 1, 1, "1.0000", 0, "0.0000", 1, "129.05", 0, 2])
    expect(rows.find((r) => r[3] === "xunwu")!.slice(6)).toEqual([0, 0, 0, "", 0, "", 0, "0.00", 0, 0])
  })

  it("leaves the no-county row out when the report is limited to a region", () => {
    const regional = monitoringCsvRows(assembleMonitoringReport(facts({ region: "enshi" })))
    // Header, 恩施州's eight counties, total.
    expect(regional).toHaveLength(1 + 8 + 1)
  })
})

describe("fenAsYuan", () => {
  it("writes fen as yuan with two decimals", () => {
    expect(fenAsYuan(12900)).toBe("129.00")
    expect(fenAsYuan(5)).toBe("0.05")
    expect(fenAsYuan(-150)).toBe("-1.50")
  })
})
