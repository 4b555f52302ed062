"use server"

import { isEmail, isEnterpriseRole, type EnterpriseRole } from "@seleno/domain"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { clientAddress, field, readLocale, sameOrigin, signInAgainOn401, type PortalFormState } from "@/lib/actions/portal-guard"
import { portalLogin, portalPostCoded, portalRegister, portalRequest } from "@/lib/data/portal"
import { getPortalToken, setPortalToken } from "@/lib/data/portal-session"
import { problemText, refusalText } from "@/lib/portal-problem-text"

const now = () => Date.now()

/** The owner invites a colleague; the answer is the join link to pass on (the token exists only there). */
export async function inviteStaffAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.team
  const values = { email: field(formData, "email"), role: field(formData, "role") }
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: now() }
  if (!isEmail(values.email)) return { status: "error", fieldErrors: { email: t.errorEmail }, values, at: now() }
  const role = isEnterpriseRole(values.role) ? values.role : "operator"
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const result = await portalPostCoded<{ join_path: string }>(token, "/enterprise/invites", { email: values.email, role })
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    const message = problemText(result, t.problems) ?? refusalText(result, portal)
    return { status: "error", fieldErrors: { email: message }, values, at: now() }
  }
  revalidatePath(localePath(locale, "/portal/team"))
  return { status: "ok", message: t.invited, link: localePath(locale, result.data.join_path), at: now() }
}

/** The owner gives a colleague another role. */
export async function changeMemberRoleAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  return changeTeam(formData, "POST")
}

/** The owner removes a colleague; the backend deletes their login. */
export async function removeMemberAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  return changeTeam(formData, "DELETE")
}

async function changeTeam(formData: FormData, method: "POST" | "DELETE"): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.team
  const memberId = field(formData, "member_id")
  const name = field(formData, "member_name")
  const role = field(formData, "role")
  const values = { role }
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: now() }
  if (method === "POST" && !isEnterpriseRole(role)) return { status: "error", message: portal.errorGeneric, values, at: now() }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const path = `/enterprise/accounts/${encodeURIComponent(memberId)}`
  const result = await portalPostCoded(token, path, method === "POST" ? { role } : undefined, method)
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    return { status: "error", message: problemText(result, t.problems) ?? portal.errorGeneric, values, at: now() }
  }
  revalidatePath(localePath(locale, "/portal/team"))
  const message = method === "POST" ? format(t.roleSaved, { name, role: t.roles[role as EnterpriseRole] }) : format(t.removed, { name })
  return { status: "ok", message, values, at: now() }
}


/** A colleague joins with the invitation: register (or sign in to a login made before), accept, sign in. */
export async function joinAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.join
  const values = { email: field(formData, "email"), name: field(formData, "name") }
  const inviteToken = field(formData, "token")
  const password = String(formData.get("password") ?? "")
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: now() }
  const fieldErrors: Record<string, string> = {}
  if (!isEmail(values.email)) fieldErrors.email = t.errorEmail
  if (password.length < 8) fieldErrors.password = t.errorPassword
  if (!values.name) fieldErrors.name = t.errorName
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: now() }

  const registered = await portalRegister(values.email, password)
  const address = await clientAddress()
  const loginToken = registered.ok ? registered.data : await signedInToken(values.email, password, address)
  if (!loginToken) return { status: "error", fieldErrors: { email: t.errorEmailTaken }, values, at: now() }
  const accepted = await portalRequest(loginToken, "/enterprise-invites/accept", { method: "POST", body: { token: inviteToken, name: values.name } })
  if (!accepted.ok) return { status: "error", message: format(portal.backendMessage, { message: accepted.message }), values, at: now() }
  // The registration token names no account yet; a new sign-in does.
  const signedIn = await signedInToken(values.email, password, address)
  if (signedIn) await setPortalToken(signedIn)
  redirect(localePath(locale, signedIn ? "/portal" : "/portal/login"))
}

async function signedInToken(email: string, password: string, address: string | undefined): Promise<string | null> {
  const result = await portalLogin(email, password, address)
  return result.ok ? result.token : null
}
