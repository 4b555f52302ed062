import { REGIONS, type County, type SeleniumRegion } from "../regions"
import type { MonitoringFigures, MonitoringReport, MonitoringShare } from "./views"
import { TRACE_COVERAGE_TARGETS, type TraceCoverageTarget } from "./vocabulary"

/*
 * The market monitoring report as pure rules: the backend gathers the facts (products, orders,
 * scan counts, cases) and these rules decide what counts and add it up per county.
 */

/** A published product: where it comes from and where it stands now. */
export interface MonitoringProductFact {
  id: string
  /** The county code in its metadata; null or an unknown code when it names none of ours. */
  county: string | null
  certified: boolean
  /** Has at least one batch (a QR code) that is not voided. */
  traced: boolean
}

/** An order placed in the range, with what the sales figure needs of it. Amounts in fen. */
export interface MonitoringOrderFact {
  id: string
  status: string
  items: { product_id: string | null; total_fen: number }[]
  payment_collections: { status: string; amount_fen: number; captured_fen: number; refunded_fen: number }[]
}

/** A count the database made for one county code (null: the records name no county). */
export interface CountyCount {
  county: string | null
  count: number
}

export interface MonitoringFacts {
  from: string
  to: string
  region: string | null
  now: Date
  published: MonitoringProductFact[]
  /** The county of every product that may appear in an order or a case, published or not. */
  product_counties: Record<string, string | null>
  /** The counties of the enterprises in good standing. */
  enterprise_counties: (string | null)[]
  orders: MonitoringOrderFact[]
  scans: CountyCount[]
  /** Report cases waiting for staff (new or investigating). */
  open_cases: CountyCount[]
}

/** numerator / denominator to four decimals, null without a denominator. */
export function share(numerator: number, denominator: number): MonitoringShare {
  return { numerator, denominator, share: denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null }
}

/**
 * Whether an order counts as a sale: not canceled, and every payment collection that is not
 * canceled captured in full (a zero-amount one needs nothing). A fully refunded order no longer
 * counts; partial refunds are not subtracted (Medusa records refunds per payment, not per item).
 */
export function countsAsSale(order: Pick<MonitoringOrderFact, "status" | "payment_collections">): boolean {
  if (order.status === "canceled") return false
  const live = order.payment_collections.filter((p) => p.status !== "canceled")
  if (!live.length) return false
  const captured = live.every((p) => p.amount_fen <= 0 || p.captured_fen >= p.amount_fen)
  const refunded = live.every((p) => p.captured_fen > 0 && p.refunded_fen >= p.captured_fen)
  return captured && !refunded
}

/** The plan's milestone for `year`: the latest one already due, or the first while none is. */
export function traceCoverageTarget(year: number, targets: readonly TraceCoverageTarget[] = TRACE_COVERAGE_TARGETS): TraceCoverageTarget {
  const sorted = [...targets].sort((a, b) => a.year - b.year)
  const due = sorted.filter((t) => t.year <= year)
  const target = due.at(-1) ?? sorted[0]
  if (!target) throw new Error("no trace coverage target")
  return target
}

/** The counties the report has a row for: every county of the region, or of every region. */
export function countiesInScope(region: string | null): { region: SeleniumRegion; county: County }[] {
  return REGIONS.filter((r) => region === null || r.code === region).flatMap((r) => r.counties.map((county) => ({ region: r, county })))
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/** Adds the facts up per county, with the totals, the headline shares and what names no county. */
export function assembleMonitoringReport(facts: MonitoringFacts): MonitoringReport {
  const scope = countiesInScope(facts.region)
  const codes = new Set(scope.map((c) => c.county.code))
  const known = new Set(countiesInScope(null).map((c) => c.county.code))
  // A county row's key, "" for what names no known county (kept only without a region filter).
  const keyOf = (county: string | null): string | undefined => {
    if (county !== null && codes.has(county)) return county
    if (facts.region === null && !(county !== null && known.has(county))) return UNPLACED
    return undefined
  }
  const tallies = new Map<string, Tally>()
  const tallyOf = (county: string | null): Tally | undefined => {
    const key = keyOf(county)
    if (key === undefined) return undefined
    let t = tallies.get(key)
    if (!t) tallies.set(key, (t = emptyTally()))
    return t
  }

  for (const p of facts.published) {
    const t = tallyOf(p.county)
    if (!t) continue
    t.published++
    if (p.certified) t.certified++
    if (p.certified && p.traced) t.traced++
  }
  for (const county of facts.enterprise_counties) {
    const t = tallyOf(county)
    if (t) t.enterprises++
  }
  for (const order of facts.orders) {
    if (!countsAsSale(order)) continue
    for (const item of order.items) {
      const t = item.product_id ? tallyOf(facts.product_counties[item.product_id] ?? null) : undefined
      if (!t) continue
      t.salesFen += item.total_fen
      t.orders.add(order.id)
    }
  }
  for (const c of facts.scans) {
    const t = tallyOf(c.county)
    if (t) t.scans += c.count
  }
  for (const c of facts.open_cases) {
    const t = tallyOf(c.county)
    if (t) t.openCases += c.count
  }

  const totals = figures([...tallies.values()].reduce(addTallies, emptyTally()))
  const year = Number(new Date(facts.now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 4))
  const target = traceCoverageTarget(year)
  const coverage = totals.trace_coverage
  return {
    from: facts.from,
    to: facts.to,
    region: facts.region,
    generated_at: facts.now.toISOString(),
    certified_share: totals.certified_share,
    trace_coverage: { ...coverage, target, targets: TRACE_COVERAGE_TARGETS, meets_target: coverage.share === null ? null : coverage.share >= target.share },
    counties: scope.map(({ region, county }) => ({
      region: { code: region.code, name: region.name },
      county: { code: county.code, name: county.name },
      ...figures(tallies.get(county.code) ?? emptyTally()),
    })),
    unplaced: figures(tallies.get(UNPLACED) ?? emptyTally()),
    totals,
  }
}

const UNPLACED = ""

interface Tally {
  enterprises: number
  published: number
  certified: number
  traced: number
  /** Ids, so an order with items of two counties counts once in the totals. */
  orders: Set<string>
  salesFen: number
  scans: number
  openCases: number
}

const emptyTally = (): Tally => ({ enterprises: 0, published: 0, certified: 0, traced: 0, orders: new Set(), salesFen: 0, scans: 0, openCases: 0 })

function addTallies(a: Tally, b: Tally): Tally {
  return {
    enterprises: a.enterprises + b.enterprises,
    published: a.published + b.published,
    certified: a.certified + b.certified,
    traced: a.traced + b.traced,
    orders: new Set([...a.orders, ...b.orders]),
    salesFen: a.salesFen + b.salesFen,
    scans: a.scans + b.scans,
    openCases: a.openCases + b.openCases,
  }
}

function figures(t: Tally): MonitoringFigures {
  return {
    enterprises: t.enterprises,
    published_products: t.published,
    certified_products: t.certified,
    traced_products: t.traced,
    certified_share: share(t.certified, t.published),
    trace_coverage: share(t.traced, t.certified),
    orders: t.orders.size,
    sales_fen: t.salesFen,
    scans: t.scans,
    open_cases: t.openCases,
  }
}

/** Fen as yuan with two decimals ("12900" → "129.00"). */
export function fenAsYuan(fen: number): string {
  const sign = fen < 0 ? "-" : ""
  const abs = Math.abs(Math.round(fen))
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}

export const MONITORING_CSV_HEADER = [
  "期间起 from",
  "期间止 to",
  "地区 region",
  "县区代码 county_code",
  "县区 county",
  "County (en)",
  "在营企业 enterprises",
  "上架商品 published products",
  "认证商品 certified products",
  "认证占比 certified share",
  "可追溯认证商品 traced certified products",
  "追溯覆盖率 trace coverage",
  "已付订单 paid orders",
  "销售额 sales (CNY)",
  "扫码次数 scans",
  "未结举报 open cases",
] as const

const shareText = (s: MonitoringShare) => (s.share === null ? "" : s.share.toFixed(4))

function figureCells(f: MonitoringFigures): (string | number)[] {
  return [
    f.enterprises,
    f.published_products,
    f.certified_products,
    shareText(f.certified_share),
    f.traced_products,
    shareText(f.trace_coverage),
    f.orders,
    fenAsYuan(f.sales_fen),
    f.scans,
    f.open_cases,
  ]
}

/**
 * The CSV's rows, cells unescaped: the header, one row per county, the records that name no
 * county (only without a region filter), then the total of all of them.
 */
export function monitoringCsvRows(report: MonitoringReport): (string | number)[][] {
  const lead = [report.from, report.to]
  return [
    [...MONITORING_CSV_HEADER],
    ...report.counties.map((row) => [...lead, row.region.name.zh, row.county.code, row.county.name.zh, row.county.name.en, ...figureCells(row)]),
    ...(report.region === null ? [[...lead, "", "", "未标县区", "No county", ...figureCells(report.unplaced)]] : []),
    [...lead, "", "", "合计", "Total", ...figureCells(report.totals)],
  ]
}
