"use server"

import { CERTIFICATE_CATEGORIES, CERTIFICATE_SUBJECTS, isCertificateCategory } from "@seleno/domain"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getMessages, type Messages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { field, fileField, readLocale, sameOrigin, signInAgainOn401, type PortalFormState } from "@/lib/actions/portal-guard"
import { portalPostCoded, uploadPortalFile, type PortalCodedResult } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"
import { DOCUMENT_TYPES, isIsoDate, uploadProblem } from "@/lib/portal"
import { fileProblemText, problemText, refusalText } from "@/lib/portal-problem-text"

const FIELDS = ["number", "issuer_id", "subject", "standard_code", "category", "measured_mg_per_kg", "test_lab", "tested_on", "valid_from", "valid_until", "product_id", "test_report_url"]

type CertificateMessages = Messages["portal"]["certificates"]
type Refusal = Extract<PortalCodedResult<unknown>, { ok: false }>

/** Which form field a coded refusal is about, so the message shows next to it. */
const PROBLEM_FIELD: Record<string, string> = {
  unknown_standard: "standard_code",
  category_without_range: "category",
  measured_missing: "measured_mg_per_kg",
  measured_outside_range: "measured_mg_per_kg",
  unknown_issuer: "issuer_id",
  issuer_inactive: "issuer_id",
  issuer_scope: "issuer_id",
}

/** The backend's refusal in the page's language when it carries a code we word ourselves; null otherwise. */
function certificateProblemText(result: Refusal, t: CertificateMessages, portal: Messages["portal"]): string | null {
  const file = fileProblemText(result, portal)
  if (file) return file
  const params = { ...(result.params ?? {}) }
  if (typeof params.category === "string" && isCertificateCategory(params.category)) params.category = t.categories[params.category]
  return problemText(result, t.problems, params)
}

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
  if (!values.issuer_id) fieldErrors.issuer_id = t.errorIssuer
  if (!(CERTIFICATE_SUBJECTS as readonly string[]).includes(values.subject ?? "")) fieldErrors.subject = t.errorSubject
  if (!values.standard_code) fieldErrors.standard_code = t.errorStandard
  if (!(CERTIFICATE_CATEGORIES as readonly string[]).includes(values.category ?? "")) fieldErrors.category = t.errorCategory
  const selenium = values.measured_mg_per_kg ? Number(values.measured_mg_per_kg.replace(",", ".")) : Number.NaN
  if (!(Number.isFinite(selenium) && selenium >= 0)) fieldErrors.measured_mg_per_kg = t.errorSelenium
  if (values.tested_on && !isIsoDate(values.tested_on)) fieldErrors.tested_on = t.errorDate
  if (!isIsoDate(values.valid_from ?? "")) fieldErrors.valid_from = t.errorDate
  if (!isIsoDate(values.valid_until ?? "")) fieldErrors.valid_until = t.errorDate
  else if (isIsoDate(values.valid_from ?? "") && (values.valid_until ?? "") <= (values.valid_from ?? "")) fieldErrors.valid_until = t.errorDates
  if (!report || uploadProblem(report, DOCUMENT_TYPES)) fieldErrors.test_report = t.errorReport
  if (Object.keys(fieldErrors).length || !report) return { status: "error", fieldErrors, values, at: Date.now() }

  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const uploaded = await uploadPortalFile(token, report)
  if (!uploaded.ok) {
    signInAgainOn401(locale, uploaded.status)
    return { status: "error", fieldErrors: { test_report: certificateProblemText(uploaded, t, portal) ?? t.errorUpload }, values, at: Date.now() }
  }

  const result = await portalPostCoded(token, "/enterprise/certificates", {
    number: values.number,
    issuer_id: values.issuer_id,
    subject: values.subject,
    standard_code: values.standard_code,
    category: values.category,
    measured_mg_per_kg: selenium,
    ...(values.test_lab ? { test_lab: values.test_lab } : {}),
    ...(values.tested_on ? { tested_on: values.tested_on } : {}),
    valid_from: values.valid_from,
    valid_until: values.valid_until,
    ...(values.product_id ? { product_id: values.product_id } : {}),
    test_report_url: uploaded.data.url,
  })
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    if (result.status !== 400) return { status: "error", message: portal.errorGeneric, values, at: Date.now() }
    const translated = certificateProblemText(result, t, portal)
    const text = translated ?? refusalText(result, portal)
    const name = (result.code && PROBLEM_FIELD[result.code]) || FIELDS.find((f) => new RegExp(`\\b${f}\\b`).test(result.message))
    return { status: "error", message: text, ...(name ? { fieldErrors: { [name]: text } } : {}), values, at: Date.now() }
  }
  revalidatePath(localePath(locale, "/portal/certificates"))
  return { status: "ok", message: t.submitted, at: Date.now() }
}
