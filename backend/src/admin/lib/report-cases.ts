import type { AdminReportCase, AdminReportCaseDetail, ReportCaseAction, ReportCaseKind, ReportCaseStatus } from "@seleno/domain"
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

/** Labels of the case queue (English for staff, with the Chinese term). */
export const REPORT_CASE_LABELS = {
  nav: "Report cases 举报",
  title: "Report cases 举报",
  intro: "Shoppers' reports from product and trace pages. Take a case up, act on it, and close it with what was found.",
  empty: "No cases match.",
  kind: { counterfeit: "Counterfeit 疑似假冒", wrong_label: "Wrong label 标签不符", quality: "Quality 质量问题" } as Record<ReportCaseKind, string>,
  status: { new: "New 待处理", investigating: "Investigating 调查中", closed: "Closed 已结案" } as Record<ReportCaseStatus, string>,
  entry: {
    status_change: "Status change",
    confirm_counterfeit: "Confirmed counterfeit 确认假冒",
    unpublish_listing: "Unpublished listing 下架",
    revoke_certificate: "Revoked certificate 撤销证书",
    suspend_enterprise: "Suspended enterprise 暂停企业",
  } as Record<string, string>,
  action: {
    confirm_counterfeit: "Confirm counterfeit",
    unpublish_listing: "Unpublish listing",
    revoke_certificate: "Revoke certificate",
    suspend_enterprise: "Suspend enterprise",
  } as Record<ReportCaseAction, string>,
  source: { product_page: "Product page", trace_page: "QR trace page" } as Record<string, string>,
  anyStatus: "Any status",
  anyKind: "Any kind",
  number: "Case",
  reported: "Reported",
  product: "Product",
  enterprise: "Enterprise",
  code: "Scanned code",
  codeUnknown: "unknown code",
  batch: "Batch",
  description: "Report",
  contact: "Contact (staff only)",
  photo: "Photo",
  resolution: "Resolution",
  history: "History",
  noHistory: "Nothing done yet.",
  note: "Note",
  noteHint: "Goes into the case history. Closing needs a resolution note.",
  actionNote: "Why (recorded in the history)",
  certificate: "Certificate to revoke",
  takeUp: "Take up (investigating)",
  close: "Close case",
  act: "Take action",
  done: "Done",
  closedHint: "A closed case is a record; nothing more is done from it.",
  back: "All cases",
} as const
