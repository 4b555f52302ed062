import type { AdminReportCase, AdminReportCaseDetail, ReportCaseAction, ReportCaseKind, ReportCaseStatus } from "@seleno/domain"
import { useLabels } from "./labels"
import { sdk } from "./sdk"

/** The staff case queue's requests; the response shapes are the backend's own, from @seleno/domain. */

export type { AdminReportCase, AdminReportCaseDetail } from "@seleno/domain"

export const reportCaseKeys = {
  all: ["seleno", "report-cases"] as const,
  list: (filters: { status?: string; kind?: string }) => ["seleno", "report-cases", "list", filters] as const,
  detail: (id: string) => ["seleno", "report-cases", id] as const,
}

export const reportCaseApi = {
  list: (filters: { status?: ReportCaseStatus | ""; kind?: ReportCaseKind | "" }) =>
    sdk.client.fetch<{ report_cases: AdminReportCase[]; count: number }>("/admin/report-cases", {
      query: { limit: 100, ...(filters.status ? { status: filters.status } : {}), ...(filters.kind ? { kind: filters.kind } : {}) },
    }),
  get: (id: string) => sdk.client.fetch<{ report_case: AdminReportCaseDetail }>(`/admin/report-cases/${id}`),
  move: (id: string, body: { status: ReportCaseStatus; note?: string }) =>
    sdk.client.fetch<{ report_case: AdminReportCaseDetail }>(`/admin/report-cases/${id}/status`, { method: "POST", body }),
  act: (id: string, body: { action: ReportCaseAction; note: string; certificate_id?: string }) =>
    sdk.client.fetch<{ report_case: AdminReportCaseDetail }>(`/admin/report-cases/${id}/actions`, { method: "POST", body }),
}

/** The photo route answers to the staff session like every admin route; the admin may run on another origin. */
export function photoSrc(path: string): string {
  return `${(import.meta.env.VITE_BACKEND_URL ?? "").replace(/\/$/, "")}${path}`
}

/** Labels of the case queue, from the catalogue (../i18n) in the dashboard's language. */
export function useReportCaseLabels() {
  const { reportCase: L } = useLabels().c
  return {
    L: {
      ...L,
      kind: L.kind satisfies Record<ReportCaseKind, string>,
      status: L.status satisfies Record<ReportCaseStatus, string>,
      entry: L.entry as Record<string, string>,
      action: L.action satisfies Record<ReportCaseAction, string>,
      source: L.source as Record<string, string>,
    },
  }
}
