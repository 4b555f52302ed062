"use server"

import { SELENIUM_STANDARDS } from "@seleno/domain"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { field, fileField, readLocale, sameOrigin, signInAgainOn401, type PortalFormState } from "@/lib/actions/portal-guard"
import { portalRequest, uploadPortalFile } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"
import { DOCUMENT_TYPES, isIsoDate, uploadProblem } from "@/lib/portal"

const SUBJECTS = ["product", "enterprise", "base"]
const CATEGORIES = ["tea", "rice", "cereal", "farm_product", "food"]
const FIELDS = ["number", "issuer", "subject", "standard_code", "category", "measured_mg_per_kg", "test_lab", "tested_on", "valid_from", "valid_until", "product_id", "test_report_url"]

/** A certificate with its test report (uploaded first, POST /enterprise/uploads), sent for review (POST /enterprise/certificates). */
export async function submitCertificateAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.certificates
  const values: Record<string, string> = {}
  for (const name of FIELDS) values[name] = field(formData, name)
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: Date.now() }
  const report = fileField(formData, "test_report")

  const fieldErrors: Record<string, string> = {}
  if (!values.number) fieldErrors.number = t.errorNumber
  if (!values.issuer) fieldErrors.issuer = t.errorIssuer
  if (!SUBJECTS.includes(values.subject ?? "")) fieldErrors.subject = t.errorSubject
  if (!SELENIUM_STANDARDS.some((s) => s.code === values.standard_code)) fieldErrors.standard_code = t.errorStandard
  if (!CATEGORIES.includes(values.category ?? "")) fieldErrors.category = t.errorCategory
  const selenium = values.measured_mg_per_kg ? Number(values.measured_mg_per_kg.replace(",", ".")) : null
  if (selenium !== null && !(Number.isFinite(selenium) && selenium >= 0)) fieldErrors.measured_mg_per_kg = t.errorSelenium
  if (values.tested_on && !isIsoDate(values.tested_on)) fieldErrors.tested_on = t.errorDate
  if (!isIsoDate(values.valid_from ?? "")) fieldErrors.valid_from = t.errorDate
  if (!isIsoDate(values.valid_until ?? "")) fieldErrors.valid_until = t.errorDate
  else if (isIsoDate(values.valid_from ?? "") && (values.valid_until ?? "") <= (values.valid_from ?? "")) fieldErrors.valid_until = t.errorDates
  if (!report || uploadProblem(report, DOCUMENT_TYPES)) fieldErrors.test_report = t.errorReport
  if (Object.keys(fieldErrors).length || !report) return { status: "error", fieldErrors, values, at: Date.now() }

  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const uploaded = await uploadPortalFile(token, report)
  if (!uploaded.ok) return { status: "error", fieldErrors: { test_report: t.errorUpload }, values, at: Date.now() }

  const result = await portalRequest(token, "/enterprise/certificates", {
    method: "POST",
    body: {
      number: values.number,
      issuer: values.issuer,
      subject: values.subject,
      standard_code: values.standard_code,
      category: values.category,
      ...(selenium !== null ? { measured_mg_per_kg: selenium } : {}),
      ...(values.test_lab ? { test_lab: values.test_lab } : {}),
      ...(values.tested_on ? { tested_on: values.tested_on } : {}),
      valid_from: values.valid_from,
      valid_until: values.valid_until,
      ...(values.product_id ? { product_id: values.product_id } : {}),
      test_report_url: uploaded.data.url,
    },
  })
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    if (result.status !== 400) return { status: "error", message: portal.errorGeneric, values, at: Date.now() }
    const text = format(portal.backendMessage, { message: result.message })
    const name = FIELDS.find((f) => new RegExp(`\\b${f}\\b`).test(result.message))
    return { status: "error", message: text, ...(name ? { fieldErrors: { [name]: text } } : {}), values, at: Date.now() }
  }
  revalidatePath(localePath(locale, "/portal/certificates"))
  return { status: "ok", message: t.submitted, at: Date.now() }
}
