"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { field, readLocale, sameOrigin, signInAgainOn401, type PortalFormState } from "@/lib/actions/portal-guard"
import { portalPostCoded } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"

type Step = "offline" | "online" | "delete"

/**
 * 下架, 上架 and deleting a listing: each answers the portal's own words for a coded refusal, and
 * says it succeeded only once the backend has answered 2xx.
 */
async function changeSale(formData: FormData, step: Step): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.products
  const id = field(formData, "product_id")
  const now = Date.now()
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, at: now }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const base = `/enterprise/products/${encodeURIComponent(id)}`
  const result =
    step === "delete" ? await portalPostCoded(token, base, undefined, "DELETE") : await portalPostCoded(token, `${base}/${step}`, {})
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    const code = result.code as keyof typeof t.saleProblems | undefined
    return { status: "error", message: code && code in t.saleProblems ? t.saleProblems[code] : portal.errorGeneric, at: now }
  }
  revalidatePath(localePath(locale, "/portal/products"))
  if (step === "delete") redirect(`${localePath(locale, "/portal/products")}?deleted=1`)
  revalidatePath(localePath(locale, `/portal/products/${id}`))
  return { status: "ok", message: step === "offline" ? t.takenOffline : t.putBackDone, at: now }
}

/**
 * POST /enterprise/products/:id/offline or …/online, as the form's `step` says: one action, so the
 * form keeps its answer on screen when the page re-renders with the other button.
 */
export async function saleStepAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  return changeSale(formData, field(formData, "step") === "online" ? "online" : "offline")
}

/** DELETE /enterprise/products/:id, after the form asked once more. */
export async function deleteProductAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  return changeSale(formData, "delete")
}
