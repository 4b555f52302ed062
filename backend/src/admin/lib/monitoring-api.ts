import type { MonitoringReport } from "@seleno/domain"
import { sdk } from "./sdk"

/** The market monitoring admin route (GET /admin/monitoring); the response shape is @seleno/domain's. */

export type { MonitoringCountyRow, MonitoringFigures, MonitoringReport, MonitoringShare } from "@seleno/domain"

export interface MonitoringQuery {
  from: string
  to: string
  /** A region code; absent for every region. */
  region?: string
}

function definedOnly(query: MonitoringQuery): Record<string, string> {
  const out: Record<string, string> = { from: query.from, to: query.to }
  if (query.region) out.region = query.region
  return out
}

export const monitoringKeys = {
  report: (query: MonitoringQuery) => ["seleno", "monitoring", query] as const,
}

export const monitoringApi = {
  report: (query: MonitoringQuery) => sdk.client.fetch<{ monitoring: MonitoringReport }>("/admin/monitoring", { query: definedOnly(query) }),

  /** The CSV, fetched with the admin session (a plain link would not carry it to a backend on another origin). */
  async csv(query: MonitoringQuery): Promise<Blob> {
    const response = await sdk.client.fetch<Response>("/admin/monitoring/export", { query: definedOnly(query), headers: { accept: "text/csv" } })
    return response.blob()
  },
}
