"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { field, readLocale, sameOrigin, signInAgainOn401, type PortalFormState } from "@/lib/actions/portal-guard"
import { portalPostCoded } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"

const DECISIONS = new Set(["approve", "refuse", "receive"])

/** The enterprise approves, refuses (with a reason) or receives a return; refusals come back as the backend's code, worded here. */
export async function decideAfterSalesAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const messages = getMessages(locale)
  const t = messages.afterSales
  const values = { reason: field(formData, "reason") }
  const at = Date.now()
  if (!(await sameOrigin())) return { status: "error", message: messages.portal.errorForbiddenOrigin, values, at }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const id = field(formData, "id")
  const decision = field(formData, "decision")
  if (!DECISIONS.has(decision)) return { status: "error", message: messages.portal.errorGeneric, values, at }
  const result = await portalPostCoded(token, `/enterprise/after-sales/${encodeURIComponent(id)}/${decision}`, decision === "refuse" ? { reason: values.reason } : {})
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    const code = result.code as keyof typeof t.errors | undefined
    return { status: "error", message: code && code in t.errors ? t.errors[code] : messages.portal.errorGeneric, values, at }
  }
  revalidatePath(localePath(locale, "/portal/after-sales"))
  return { status: "ok", message: t.portal.done, at }
}
