import "server-only"
import { isStorefrontLocale, type StorefrontLocale } from "@seleno/domain"
import { headers } from "next/headers"
import { redirect } from "next/navigation"
import { localePath } from "@/i18n/paths"
import { isSameOriginRequest } from "@/lib/portal"
import { visitorOf } from "@/lib/trace-request"

/**
 * CSRF protection of the portal. Every state-changing portal request is a Next.js server action
 * (a POST); nothing in the portal changes state on GET. Three layers:
 * 1. The session cookie is SameSite=Strict, so a request another site starts carries no session.
 * 2. Next.js itself compares a server action's Origin header with the Host (or X-Forwarded-Host)
 *    and aborts the action when they differ (serverActions.allowedOrigins in next.config would add
 *    hosts; none are configured, so only the storefront's own origin passes).
 * 3. Next.js lets a POST without any Origin header through; `sameOrigin()` below refuses it, so
 *    every portal action demands an Origin that names this host. Browsers send Origin on every
 *    POST, with or without JavaScript.
 */
export async function sameOrigin(): Promise<boolean> {
  const h = await headers()
  const allowed = (process.env.PORTAL_ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean)
  return isSameOriginRequest({ origin: h.get("origin"), host: h.get("host"), forwardedHost: h.get("x-forwarded-host") }, allowed)
}

/**
 * The address of the person behind this request, as the storefront's server settled it (it replaces
 * any X-Forwarded-For the client wrote; see server/forwarded-for.mjs).
 */
export async function clientAddress(): Promise<string | undefined> {
  return visitorOf(await headers()).address
}

/** A token the backend no longer takes (expired, or the account was removed): sign in again. */
export function signInAgainOn401(locale: StorefrontLocale, status: number): void {
  if (status === 401) redirect(localePath(locale, "/portal/login"))
}

export function readLocale(formData: FormData): StorefrontLocale {
  const value = String(formData.get("locale") ?? "")
  return isStorefrontLocale(value) ? value : "zh-CN"
}

export function field(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** A chosen file of a form, or null when the input was left empty. */
export function fileField(formData: FormData, name: string): File | null {
  const value = formData.get(name)
  return value instanceof File && value.size > 0 && value.name ? value : null
}

/** What a portal form's server action answers: field errors, a message, what was typed. */
export interface PortalFormState {
  status: "idle" | "ok" | "error"
  message?: string
  fieldErrors?: Record<string, string>
  values?: Record<string, string>
  /** A link the answer hands over (an invitation's join link). */
  link?: string
  at?: number
}
