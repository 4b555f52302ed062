import type { TraceCoverageTarget } from "./vocabulary"

/*
 * Response shapes of the market monitoring report (GET /admin/monitoring), as the backend returns
 * them and the admin renders them. Money is in integer fen; dates are China calendar days.
 */

/** A share as its parts, so a reader can check it: `share` = numerator / denominator, null without a denominator. */
export interface MonitoringShare {
  numerator: number
  denominator: number
  /** 0–1, four decimals; null when the denominator is 0. */
  share: number | null
}

/** The figures of one county, or their sum. */
export interface MonitoringFigures {
  /** Enterprises in good standing (status active). */
  enterprises: number
  /** Products on sale now. */
  published_products: number
  /** Published products that are certified now (the badge rule). */
  certified_products: number
  /** Certified published products with at least one batch (a QR code) that is not voided. */
  traced_products: number
  certified_share: MonitoringShare
  trace_coverage: MonitoringShare
  /** Paid orders (payment captured) in the range that hold the county's products. */
  orders: number
  /** Their line items' totals for the county's products (after promotions), in fen. */
  sales_fen: number
  /** Counted scans of the county's batches in the range. */
  scans: number
  /** Report cases about the county's products waiting for staff (new or investigating). */
  open_cases: number
}

export interface MonitoringCountyRow extends MonitoringFigures {
  region: { code: string; name: { zh: string; en: string } }
  county: { code: string; name: { zh: string; en: string } }
}

/** GET /admin/monitoring. */
export interface MonitoringReport {
  /** The range of sales and scans, China calendar days, both included. */
  from: string
  to: string
  /** The region the report is limited to; null for every region. */
  region: string | null
  generated_at: string
  /** The headline, the same as totals.certified_share: over every published product in scope. */
  certified_share: MonitoringShare
  trace_coverage: MonitoringShare & {
    /** The plan's milestone for the current year (the latest one reached, else the first). */
    target: TraceCoverageTarget
    targets: readonly TraceCoverageTarget[]
    /** Null while no product is certified. */
    meets_target: boolean | null
  }
  counties: MonitoringCountyRow[]
  /**
   * What names no known county (only without a region filter), so staff can fix the data: counted
   * in the totals, in no county row.
   */
  unplaced: MonitoringFigures
  /** Everything in scope: the county rows plus `unplaced`; an order of two counties counts once. */
  totals: MonitoringFigures
}
