import type { AttributionFigures, AttributionReport, AttributionSource, CampaignAttribution } from "@seleno/domain"
import { chinaDay, chinaDayStart } from "../settlement-period"
import { csvField } from "../settlement-csv"
import { roundMoney } from "./attribution"

/**
 * The attribution report: per campaign and per Asia/Shanghai calendar day, visits, attributed
 * carts and orders, attributed revenue and the discount all orders took from the campaign's
 * promotions. Every day of the period has a row, zeros included, so charts and CSV line up.
 */

const DAY_MS = 24 * 60 * 60 * 1000
export const MAX_REPORT_DAYS = 366
export const DEFAULT_REPORT_DAYS = 30

export interface ReportPeriod {
  from: string
  to: string
  /** [start, end) instants. */
  start: Date
  end: Date
}

/** The period for optional from/to: defaults to the last 30 China days ending today. */
export function reportPeriod(query: { from?: string; to?: string }, now = new Date()): ReportPeriod {
  const to = query.to ?? chinaDay(now)
  const from = query.from ?? chinaDay(new Date(chinaDayStart(to)!.getTime() - (DEFAULT_REPORT_DAYS - 1) * DAY_MS))
  const start = chinaDayStart(from)!
  return { from, to, start, end: new Date(chinaDayStart(to)!.getTime() + DAY_MS) }
}

/** Every China calendar day from `from` to `to`, both included. */
export function daysOf(period: { from: string; to: string }): string[] {
  const days: string[] = []
  const last = chinaDayStart(period.to)!.getTime()
  for (let at = chinaDayStart(period.from)!.getTime(); at <= last; at += DAY_MS) days.push(chinaDay(new Date(at)))
  return days
}

/** Rows as the database aggregates them: one per campaign page and China day. */
export interface VisitRow {
  campaign_page_id: string
  day: string
  visits: number
}
/** Visits of the day that led to an attributed cart (the cart counted on its visit's day). */
export interface CartRow {
  campaign_page_id: string
  day: string
  carts: number
}
/** Orders by the day they were placed. */
export interface ConversionRow {
  campaign_page_id: string
  day: string
  orders: number
  revenue: number
  discount: number
}
/** Per campaign page, utm_source and utm_medium ("" when not given): any of the counts. */
export interface SourceRow {
  campaign_page_id: string
  source: string
  medium: string
  visits?: number
  carts?: number
  orders?: number
  revenue?: number
}

/** Orders per visit, 4 decimals; 0 when nobody visited. */
export function conversionRate(orders: number, visits: number): number {
  return visits > 0 ? Math.round((orders / visits) * 10_000) / 10_000 : 0
}

function figures(visits: number, carts: number, orders: number, revenue: number, discount: number): AttributionFigures {
  return { visits, carts, orders, revenue: roundMoney(revenue), discount: roundMoney(discount), conversion: conversionRate(orders, visits) }
}

export function assembleReport(input: {
  period: { from: string; to: string }
  campaigns: { id: string; handle: string; name: string; budget: CampaignAttribution["budget"] }[]
  visits: VisitRow[]
  carts: CartRow[]
  conversions: ConversionRow[]
  sources: SourceRow[]
}): AttributionReport {
  const days = daysOf(input.period)
  const key = (page: string, day: string) => `${page}|${day}`
  const visits = new Map(input.visits.map((r) => [key(r.campaign_page_id, r.day), Number(r.visits)]))
  const carts = new Map(input.carts.map((r) => [key(r.campaign_page_id, r.day), Number(r.carts)]))
  const conversions = new Map(input.conversions.map((r) => [key(r.campaign_page_id, r.day), r]))
  const sources = sourcesByPage(input.sources)
  return {
    from: input.period.from,
    to: input.period.to,
    campaigns: input.campaigns.map((campaign) => {
      const rows = days.map((date) => {
        const k = key(campaign.id, date)
        const c = conversions.get(k)
        const dayVisits = visits.get(k) ?? 0
        // Carts are the day's visits that led to a cart (CartRow): never more than the visits.
        return { date, ...figures(dayVisits, carts.get(k) ?? 0, Number(c?.orders ?? 0), Number(c?.revenue ?? 0), Number(c?.discount ?? 0)) }
      })
      const sum = (field: "visits" | "carts" | "orders" | "revenue" | "discount") => rows.reduce((total, row) => total + row[field], 0)
      return {
        ...campaign,
        totals: figures(sum("visits"), sum("carts"), sum("orders"), sum("revenue"), sum("discount")),
        days: rows,
        sources: sources.get(campaign.id) ?? [],
      }
    }),
  }
}

/** Source rows merged per campaign page and (source, medium), most visits first. */
function sourcesByPage(rows: SourceRow[]): Map<string, AttributionSource[]> {
  const merged = new Map<string, Map<string, AttributionSource>>()
  for (const row of rows) {
    const page = merged.get(row.campaign_page_id) ?? new Map<string, AttributionSource>()
    merged.set(row.campaign_page_id, page)
    const k = `${row.source}\u0000${row.medium}`
    const entry = page.get(k) ?? { source: row.source || null, medium: row.medium || null, visits: 0, carts: 0, orders: 0, revenue: 0, conversion: 0 }
    entry.visits += Number(row.visits ?? 0)
    entry.carts += Number(row.carts ?? 0)
    entry.orders += Number(row.orders ?? 0)
    entry.revenue = roundMoney(entry.revenue + Number(row.revenue ?? 0))
    page.set(k, entry)
  }
  return new Map(
    [...merged].map(([page, entries]) => [
      page,
      [...entries.values()]
        .map((e) => ({ ...e, conversion: conversionRate(e.orders, e.visits) }))
        .sort((a, b) => b.visits - a.visits || b.orders - a.orders || `${a.source}/${a.medium}`.localeCompare(`${b.source}/${b.medium}`)),
    ])
  )
}

// Excel opens a UTF-8 CSV in the system code page (GBK in China) unless it starts with a BOM.
const BOM = "\uFEFF"
const HEADER = [
  "日期 date",
  "活动 campaign",
  "活动标识 handle",
  "活动ID campaign_id",
  "访问 visits",
  "加购 carts",
  "订单 orders",
  "成交额 revenue (CNY)",
  "优惠 discount (CNY)",
  "转化率 conversion",
]

/** One row per campaign per day, header first, CRLF line ends as spreadsheets expect. */
export function attributionCsv(report: AttributionReport): string {
  const lines = [HEADER.map((h) => csvField(h)).join(",")]
  for (const campaign of report.campaigns) {
    for (const day of campaign.days) {
      lines.push(
        [
          csvField(day.date, false),
          csvField(campaign.name),
          csvField(campaign.handle),
          csvField(campaign.id),
          csvField(day.visits),
          csvField(day.carts),
          csvField(day.orders),
          csvField(day.revenue.toFixed(2), false),
          csvField(day.discount.toFixed(2), false),
          csvField(day.conversion.toFixed(4), false),
        ].join(",")
      )
    }
  }
  return `${BOM}${lines.join("\r\n")}\r\n`
}

const SOURCE_HEADER = [
  "开始 from",
  "结束 to",
  "活动 campaign",
  "活动标识 handle",
  "活动ID campaign_id",
  "来源 utm_source",
  "媒介 utm_medium",
  "访问 visits",
  "加购 carts",
  "订单 orders",
  "成交额 revenue (CNY)",
  "转化率 conversion",
]

/** One row per campaign per utm_source and utm_medium over the period (empty cells when unset). */
export function attributionSourceCsv(report: AttributionReport): string {
  const lines = [SOURCE_HEADER.map((h) => csvField(h)).join(",")]
  for (const campaign of report.campaigns) {
    for (const row of campaign.sources) {
      lines.push(
        [
          csvField(report.from, false),
          csvField(report.to, false),
          csvField(campaign.name),
          csvField(campaign.handle),
          csvField(campaign.id),
          csvField(row.source ?? ""),
          csvField(row.medium ?? ""),
          csvField(row.visits),
          csvField(row.carts),
          csvField(row.orders),
          csvField(row.revenue.toFixed(2), false),
          csvField(row.conversion.toFixed(4), false),
        ].join(",")
      )
    }
  }
  return `${BOM}${lines.join("\r\n")}\r\n`
}
