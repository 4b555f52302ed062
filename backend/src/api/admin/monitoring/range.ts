import { MONITORING_DEFAULT_DAYS } from "@seleno/domain"
import { chinaDay, chinaDayStart } from "../../../lib/settlement-period"

const DAY_MS = 24 * 60 * 60 * 1000

export interface MonitoringRange {
  from: string
  to: string
  /** [start, end) instants. */
  start: Date
  end: Date
}

/**
 * The range of sales and scans for optional from/to (China calendar days, both included): a
 * missing `to` is today, a missing `from` 30 days before `to`. Both must already be valid dates.
 */
export function monitoringRange(query: { from?: string; to?: string }, now = new Date()): MonitoringRange {
  const to = query.to ?? chinaDay(now)
  const last = chinaDayStart(to)!
  const from = query.from ?? chinaDay(new Date(last.getTime() - (MONITORING_DEFAULT_DAYS - 1) * DAY_MS))
  return { from, to, start: chinaDayStart(from)!, end: new Date(last.getTime() + DAY_MS) }
}

/** How many China days the range covers. */
export function rangeDays(range: MonitoringRange): number {
  return Math.round((range.end.getTime() - range.start.getTime()) / DAY_MS)
}
