import "server-only"
import type { EnterpriseReportCase, StoreReportCaseReceipt } from "@seleno/domain"
import { publishableKeyHeader } from "@/lib/data/medusa"
import { backendUrl, portalGet, type PortalResult } from "@/lib/data/portal"
import type { ReportInput } from "@/lib/report-case"

export type FiledReport =
  | { ok: true; receipt: StoreReportCaseReceipt }
  | { ok: false; status: number; code?: string; field?: string; retryAfter: string | null }

/**
 * Files a shopper's report (POST /store/report-cases, multipart so the photo travels as a file).
 * Plain fetch rather than the SDK so a 429 can show how long to wait (Retry-After). The backend
 * throttles per network; the shopper's address goes along in X-Forwarded-For, which it believes
 * only from a trusted proxy such as this server on loopback.
 */
export async function fileReport(input: ReportInput, forwardedFor?: string): Promise<FiledReport> {
  const form = new FormData()
  form.append("kind", input.kind)
  form.append("description", input.description)
  if (input.contact) form.append("contact", input.contact)
  for (const [key, value] of Object.entries(input.subject)) if (value) form.append(key, value)
  if (input.photo) form.append("photo", input.photo, input.photo.name || "photo")
  try {
    const response = await fetch(`${backendUrl()}/store/report-cases`, {
      method: "POST",
      headers: {
        accept: "application/json",
        ...publishableKeyHeader(),
        ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
      },
      body: form,
      cache: "no-store",
    })
    const body = (await response.json().catch(() => ({}))) as { report_case?: StoreReportCaseReceipt; code?: string; field?: string }
    if (response.ok && body.report_case) return { ok: true, receipt: body.report_case }
    return { ok: false, status: response.status, code: body.code, field: body.field, retryAfter: response.headers.get("retry-after") }
  } catch {
    return { ok: false, status: 503, retryAfter: null }
  }
}

/** GET /enterprise/report-cases: reports about the signed-in enterprise's products. */
export function listPortalReportCases(): Promise<PortalResult<{ report_cases: EnterpriseReportCase[]; count: number }>> {
  return portalGet("/enterprise/report-cases")
}
