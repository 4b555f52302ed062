"use server"

import { redirect } from "next/navigation"
import { format, getMessages } from "@/i18n"
import { clientAddress, readLocale, sameOrigin } from "@/lib/actions/portal-guard"
import { fileReport } from "@/lib/data/report-cases"
import { backendReportError, readReportForm, receiptPath, waitMinutes } from "@/lib/report-case"

/** What the report form's action answers when it cannot file: errors per field, a message, what was typed. */
export interface ReportFormState {
  status: "idle" | "error"
  message?: string
  fieldErrors?: Record<string, string>
  values?: Record<string, string>
  at?: number
}

const KEPT = ["kind", "description", "contact"] as const

/**
 * Files a report and shows its case number on the confirmation page. Checked here with the
 * backend's own rules first, so a mistake is answered without a round trip; works as a plain form
 * post without JavaScript.
 */
export async function fileReportAction(_prev: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const locale = readLocale(formData)
  const t = getMessages(locale).reports.form
  const values = Object.fromEntries(KEPT.map((name) => [name, String(formData.get(name) ?? "")]))
  const at = Date.now()
  if (!(await sameOrigin())) return { status: "error", message: t.errors.generic, values, at }
  const reading = readReportForm(formData)
  if (!reading.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(reading.fieldErrors).map(([field, key]) => [field, t.errors[key]]))
    return { status: "error", fieldErrors, message: reading.fieldErrors.subject ? t.errors.subject : undefined, values, at }
  }
  const filed = await fileReport(reading.input, await clientAddress())
  if (!filed.ok) {
    const { field, key } = backendReportError(filed.status, filed.code, filed.field)
    const minutes = key === "tooMany" ? waitMinutes(filed.retryAfter) : null
    const message = minutes !== null ? format(t.errors.tooManyWait, { minutes }) : t.errors[key]
    return field ? { status: "error", fieldErrors: { [field]: message }, values, at } : { status: "error", message, values, at }
  }
  redirect(receiptPath(locale, filed.receipt.number))
}
