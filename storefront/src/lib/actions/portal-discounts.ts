"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { field, readLocale, sameOrigin, signInAgainOn401, type PortalFormState } from "@/lib/actions/portal-guard"
import { portalRequest } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"

const now = () => Date.now()

/** Opts the enterprise in to (or out of) enterprise-funded discounts. */
export async function setDiscountConsentAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, at: now() }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const accepts = field(formData, "accepts") === "true"
  const result = await portalRequest(token, "/enterprise/discount-consent", { method: "POST", body: { accepts_enterprise_funded: accepts } })
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    return { status: "error", message: format(portal.backendMessage, { message: result.message }), at: now() }
  }
  revalidatePath(localePath(locale, "/portal/discounts"))
  return { status: "ok", message: portal.discounts.saved, at: now() }
}

const AMOUNT = /^\d+(\.\d{1,2})?$/

/** Sets (or, with an empty amount and "clear", removes) one variant's floor price. */
export async function setPriceFloorAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.discounts
  const values = { amount: field(formData, "amount") }
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: now() }
  const clear = field(formData, "intent") === "clear"
  if (!clear && (!AMOUNT.test(values.amount) || Number(values.amount) <= 0)) return { status: "error", fieldErrors: { amount: t.errorAmount }, values, at: now() }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const body = { variant_id: field(formData, "variant_id"), amount: clear ? null : Number(values.amount) }
  const result = await portalRequest(token, "/enterprise/price-floors", { method: "POST", body })
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    const message = result.status === 404 ? t.errorNotFound : result.status === 400 && /above the variant/.test(result.message) ? t.errorAboveprice : format(portal.backendMessage, { message: result.message })
    return { status: "error", fieldErrors: { amount: message }, values, at: now() }
  }
  revalidatePath(localePath(locale, "/portal/discounts"))
  return { status: "ok", message: t.saved, values: clear ? { amount: "" } : values, at: now() }
}
