import type { AttributionFigures, AttributionReport, CampaignAttribution } from "@seleno/domain"
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
export interface ConversionRow {
  campaign_page_id: string
  day: string
  carts: number
  orders: number
  revenue: number
  discount: number
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
  conversions: ConversionRow[]
}): AttributionReport {
  const days = daysOf(input.period)
  const key = (page: string, day: string) => `${page}|${day}`
  const visits = new Map(input.visits.map((r) => [key(r.campaign_page_id, r.day), Number(r.visits)]))
  const conversions = new Map(input.conversions.map((r) => [key(r.campaign_page_id, r.day), r]))
  return {
    from: input.period.from,
    to: input.period.to,
    campaigns: input.campaigns.map((campaign) => {
      const rows = days.map((date) => {
        const c = conversions.get(key(campaign.id, date))
        return {
          date,
          ...figures(visits.get(key(campaign.id, date)) ?? 0, Number(c?.carts ?? 0), Number(c?.orders ?? 0), Number(c?.revenue ?? 0), Number(c?.discount ?? 0)),
        }
      })
      const sum = (field: "visits" | "carts" | "orders" | "revenue" | "discount") => rows.reduce((total, row) => total + row[field], 0)
      return { ...campaign, totals: figures(sum("visits"), sum("carts"), sum("orders"), sum("revenue"), sum("discount")), days: rows }
    }),
  }
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
