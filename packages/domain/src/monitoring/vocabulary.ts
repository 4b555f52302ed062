import type { ReportCaseStatus } from "../report-case/vocabulary"

/**
 * 市场可监测 (market monitoring, issue 16 item 6): the figures staff watch per county, and the
 * plan's targets they are measured against. Read by the backend's report and the admin alike.
 */

/** A milestone of the plan: by `year`, this share of certified products should be traceable by QR code. */
export interface TraceCoverageTarget {
  year: number
  /** 0–1. */
  share: number
  /** Where the figure comes from. */
  source: string
}

const SOURCE = "安康市“十四五”富硒产业发展规划 表3-1 富硒产品溯源体系覆盖率"

/** Traceability coverage targets of the Ankang plan (seed 000, 表3-1): 40% in 2023, 60% in 2025. */
export const TRACE_COVERAGE_TARGETS: readonly TraceCoverageTarget[] = [
  { year: 2023, share: 0.4, source: SOURCE },
  { year: 2025, share: 0.6, source: SOURCE },
]

/** The report's date range (sales and scans) when none is given: the last 30 China days, today included. */
export const MONITORING_DEFAULT_DAYS = 30
/** The longest range the report accepts, in China days. */
export const MONITORING_MAX_DAYS = 366

/** Report cases still waiting for staff (the case queue's open statuses). */
export const MONITORING_OPEN_CASE_STATUSES = ["new", "investigating"] as const satisfies readonly ReportCaseStatus[]
