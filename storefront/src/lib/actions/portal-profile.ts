"use server"

import type { ProfileChangeView } from "@seleno/domain"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { field, readLocale, sameOrigin, signInAgainOn401, type PortalFormState } from "@/lib/actions/portal-guard"
import { portalPostCoded } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"
import { enterpriseDetailErrors } from "@/lib/enterprise-details"
import { problemText, refusalText, refusedField } from "@/lib/portal-problem-text"

/**
 * The owner saves the enterprise's details. The backend compares with what is registered: contact
 * is written at once, a changed registered detail becomes a change for staff to review.
 */
export async function saveProfileAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.profile
  const values = {
    name: field(formData, "name"),
    credit_code: field(formData, "credit_code").toUpperCase(),
    kind: field(formData, "kind"),
    county: field(formData, "county"),
    contact_name: field(formData, "contact_name"),
    contact_phone: field(formData, "contact_phone"),
    description: field(formData, "description"),
  }
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: Date.now() }
  const fieldErrors = enterpriseDetailErrors(values, portal.apply)
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: Date.now() }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const result = await portalPostCoded<{ profile_change: ProfileChangeView | null }>(token, "/enterprise/profile", values)
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    const message = problemText(result, t.problems) ?? (result.status === 403 ? portal.notAllowed : refusalText(result, portal))
    const field = refusedField(result)
    return { status: "error", message, ...(field ? { fieldErrors: { [field]: message } } : {}), values, at: Date.now() }
  }
  revalidatePath(localePath(locale, "/portal/profile"))
  return { status: "ok", message: result.data.profile_change ? t.savedForReview : t.saved, at: Date.now() }
}
