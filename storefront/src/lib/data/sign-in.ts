import "server-only"
import { backendUrl } from "@/lib/data/medusa"

/** A refused or failed call: the HTTP status and, for a 429, the backend's Retry-After. */
export type SignInFailure = { ok: false; status: number; retryAfter: string | null }

/**
 * POST to the backend's auth routes on a visitor's behalf. Plain fetch rather than the SDK so a
 * 429 can show how long to wait (Retry-After). The backend throttles sign-ins and reset requests per
 * account and per client address; it believes this X-Forwarded-For only because the storefront is
 * one of its TRUSTED_PROXIES, so everyone signing in through the storefront is not counted as one
 * address. The address is the one the storefront's own server settled (server/forwarded-for.mjs
 * replaces whatever the client wrote), never one the client chose.
 */
async function postAuth(path: string, body: object, forwardedFor: string | undefined): Promise<{ ok: true; data: Record<string, unknown> } | SignInFailure> {
  try {
    const response = await fetch(`${backendUrl()}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
      body: JSON.stringify(body),
      cache: "no-store",
    })
    if (!response.ok) return { ok: false, status: response.status, retryAfter: response.headers.get("retry-after") }
    return { ok: true, data: (await response.json().catch(() => ({}))) as Record<string, unknown> }
  } catch {
    return { ok: false, status: 503, retryAfter: null }
  }
}

/** Signs in with e-mail and password (POST /auth/{actor}/emailpass); answers the token. */
export async function signInWithPassword(actor: "customer" | "enterprise", email: string, password: string, forwardedFor?: string): Promise<{ ok: true; token: string } | SignInFailure> {
  const result = await postAuth(`/auth/${actor}/emailpass`, { email, password }, forwardedFor)
  if (!result.ok) return result
  return typeof result.data.token === "string" ? { ok: true, token: result.data.token } : { ok: false, status: 502, retryAfter: null }
}

/** Asks for a password-reset e-mail (POST /auth/{actor}/emailpass/reset-password). */
export async function requestPasswordReset(actor: "customer" | "enterprise", identifier: string, metadata: Record<string, string>, forwardedFor?: string): Promise<{ ok: true } | SignInFailure> {
  const result = await postAuth(`/auth/${actor}/emailpass/reset-password`, { identifier, metadata }, forwardedFor)
  return result.ok ? { ok: true } : result
}
