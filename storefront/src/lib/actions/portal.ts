"use server"

import { creditCodeProblem, findCounty, isEmail } from "@seleno/domain"
import { redirect } from "next/navigation"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { clientAddress, field, fileField, readLocale, sameOrigin, type PortalFormState } from "@/lib/actions/portal-guard"
import { portalLogin, portalRegister, portalRequest, submitApplication, uploadPortalFile, type ApplicationBody, type PortalMe } from "@/lib/data/portal"
import { clearPortalToken, setPortalToken } from "@/lib/data/portal-session"
import { DOCUMENT_TYPES, retryAfterSeconds, uploadProblem } from "@/lib/portal"

const KINDS = ["company", "cooperative", "family_farm"] as const

const now = () => Date.now()

/** Sign-in: the token goes into the portal's own httpOnly SameSite=Strict cookie, never to the browser's scripts. */
export async function portalLoginAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const messages = getMessages(locale).portal
  const t = messages.login
  const email = field(formData, "email")
  const password = String(formData.get("password") ?? "")
  const values = { email }
  if (!(await sameOrigin())) return { status: "error", message: messages.errorForbiddenOrigin, values, at: now() }
  const fieldErrors: Record<string, string> = {}
  if (!isEmail(email)) fieldErrors.email = t.errorEmail
  if (!password) fieldErrors.password = t.errorPassword
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: now() }

  const result = await portalLogin(email, password, await clientAddress())
  if (!result.ok) {
    if (result.status === 429) {
      const seconds = retryAfterSeconds(result.retryAfter, new Date())
      const message = seconds !== null ? format(t.errorTooMany, { seconds }) : t.errorTooManyNoTime
      return { status: "error", message, values, at: now() }
    }
    const message = result.status === 401 || result.status === 400 ? t.errorCredentials : messages.errorGeneric
    return { status: "error", message, values, at: now() }
  }
  // A login registered for another purpose, or one that never finished its application, has no enterprise.
  const me = await portalRequest<PortalMe>(result.token, "/enterprise/me")
  if (!me.ok) {
    const message = me.status === 401 ? t.errorNotEnterprise : messages.errorGeneric
    return { status: "error", message, values, at: now() }
  }
  await setPortalToken(result.token)
  redirect(localePath(locale, "/portal"))
}

export async function portalLogoutAction(formData: FormData): Promise<void> {
  const locale = readLocale(formData)
  if (await sameOrigin()) await clearPortalToken()
  redirect(`${localePath(locale, "/portal/login")}?signed_out=1`)
}

/** Which form field a backend 400 message is about ("credit_code …" → credit_code). */
function fieldOfMessage(message: string): string | undefined {
  const fields = ["credit_code", "contact_phone", "contact_name", "county", "kind", "name", "description", "licence_file_url", "applicant_name"]
  return fields.find((name) => new RegExp(`\\b${name}\\b`).test(message))
}

/**
 * The application: register the login, apply, sign in, then upload and attach the licence. A login that was
 * registered before but never applied (an earlier attempt failed) signs in and applies again.
 */
export async function portalApplyAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const messages = getMessages(locale).portal
  const t = messages.apply
  const values = {
    email: field(formData, "email"),
    applicant_name: field(formData, "applicant_name"),
    name: field(formData, "name"),
    credit_code: field(formData, "credit_code").toUpperCase(),
    kind: field(formData, "kind"),
    county: field(formData, "county"),
    contact_name: field(formData, "contact_name"),
    contact_phone: field(formData, "contact_phone"),
    description: field(formData, "description"),
  }
  if (!(await sameOrigin())) return { status: "error", message: messages.errorForbiddenOrigin, values, at: now() }
  const password = String(formData.get("password") ?? "")
  const licence = fileField(formData, "licence")

  const fieldErrors: Record<string, string> = {}
  if (!isEmail(values.email)) fieldErrors.email = t.errorEmail
  if (password.length < 8) fieldErrors.password = t.errorPassword
  if (!values.name) fieldErrors.name = t.errorName
  const codeProblem = creditCodeProblem(values.credit_code)
  if (codeProblem) fieldErrors.credit_code = t.errorCreditCode[codeProblem]
  if (!(KINDS as readonly string[]).includes(values.kind)) fieldErrors.kind = t.errorKind
  if (!findCounty(values.county)) fieldErrors.county = t.errorCounty
  if (!values.contact_name) fieldErrors.contact_name = t.errorContactName
  if (!/^[0-9+\- ]{7,20}$/.test(values.contact_phone)) fieldErrors.contact_phone = t.errorContactPhone
  if (licence) {
    const problem = uploadProblem(licence, DOCUMENT_TYPES)
    if (problem) fieldErrors.licence = problem === "type" ? t.errorLicenceType : t.errorLicenceSize
  }
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: now() }

  let token: string
  const registered = await portalRegister(values.email, password)
  if (registered.ok) {
    token = registered.data
  } else if (registered.status === 401 || /exist/i.test(registered.message)) {
    const retry = await portalLogin(values.email, password, await clientAddress())
    if (!retry.ok) return { status: "error", fieldErrors: { email: t.errorEmailTaken }, values, at: now() }
    token = retry.token
  } else {
    console.error("enterprise register failed", registered.status, registered.message)
    return { status: "error", message: messages.errorGeneric, values, at: now() }
  }

  const body: ApplicationBody = {
    ...(values.applicant_name ? { applicant_name: values.applicant_name } : {}),
    name: values.name,
    credit_code: values.credit_code,
    kind: values.kind as ApplicationBody["kind"],
    county: values.county,
    contact_name: values.contact_name,
    contact_phone: values.contact_phone,
    ...(values.description ? { description: values.description } : {}),
  }
  const applied = await submitApplication(token, body)
  if (!applied.ok) {
    if (applied.status === 400) {
      if (/already belongs/i.test(applied.message)) {
        return { status: "error", fieldErrors: { email: t.errorEmailTaken }, values, at: now() }
      }
      const name = fieldOfMessage(applied.message)
      const text = format(messages.backendMessage, { message: applied.message })
      return name && name in values
        ? { status: "error", fieldErrors: { [name]: text }, values, at: now() }
        : { status: "error", message: text, values, at: now() }
    }
    console.error("enterprise application failed", applied.status, applied.message)
    return { status: "error", message: messages.errorGeneric, values, at: now() }
  }

  // The registration token has no enterprise yet; sign in again for one that does.
  const signedIn = await portalLogin(values.email, password, await clientAddress())
  if (signedIn.ok) await setPortalToken(signedIn.token)
  const licenceMissing = Boolean(licence) && !(signedIn.ok && (await attachLicence(signedIn.token, licence!)))
  redirect(`${localePath(locale, signedIn.ok ? "/portal" : "/portal/login")}${licenceMissing ? "?licence=missing" : ""}`)
}

/** The business licence goes up once the application made an enterprise it can belong to. */
async function attachLicence(token: string, licence: File): Promise<boolean> {
  const uploaded = await uploadPortalFile(token, licence)
  if (!uploaded.ok) return false
  const attached = await portalRequest(token, "/enterprise/me", { method: "POST", body: { licence_file_url: uploaded.data.url } })
  return attached.ok
}
