"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { field, readLocale, sameOrigin, signInAgainOn401, type PortalFormState } from "@/lib/actions/portal-guard"
import { portalPostCoded } from "@/lib/data/portal"
import { problemText } from "@/lib/portal-problem-text"
import { getPortalToken } from "@/lib/data/portal-session"

/** The enterprise asks for the use of a brand in the categories it ticks. */
export async function requestAuthorizationAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.brands
  const categories = formData.getAll("category_handles").map(String).filter(Boolean)
  const values = { brand_id: field(formData, "brand_id"), note: field(formData, "note"), category_handles: categories.join(",") }
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: Date.now() }
  const fieldErrors: Record<string, string> = {}
  if (!values.brand_id) fieldErrors.brand_id = t.errorBrand
  if (!categories.length) fieldErrors.category_handles = t.errorCategories
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: Date.now() }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const body = { brand_id: values.brand_id, category_handles: categories, ...(values.note ? { note: values.note } : {}) }
  const result = await portalPostCoded(token, "/enterprise/brand-authorization-requests", body)
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    const message = problemText(result, t.problems) ?? (result.status === 403 ? portal.notAllowed : portal.errorGeneric)
    return { status: "error", message, values, at: Date.now() }
  }
  revalidatePath(localePath(locale, "/portal/brands"))
  return { status: "ok", message: t.sent, at: Date.now() }
}
