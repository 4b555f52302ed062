import "server-only"
import { cookies } from "next/headers"

/**
 * The enterprise portal's session: the backend's enterprise JWT in its own cookie, separate from
 * the shopper's `_seleno_jwt`. httpOnly (scripts cannot read it), SameSite=Strict (the browser never
 * sends it with a request another site starts, links included), Secure when the storefront is
 * served over https, and scoped to the portal's paths. Only server actions set or delete it; server
 * components and the CSV route read it and call the backend with `Authorization: Bearer`.
 */
export const PORTAL_COOKIE = "_seleno_portal"

const MAX_AGE = 60 * 60 * 24 // Medusa's JWTs last a day by default.

function options() {
  return {
    httpOnly: true,
    sameSite: "strict" as const,
    path: "/",
    secure: (process.env.STOREFRONT_URL ?? "").startsWith("https:"),
  }
}

export async function getPortalToken(): Promise<string | undefined> {
  return (await cookies()).get(PORTAL_COOKIE)?.value || undefined
}

export async function setPortalToken(token: string): Promise<void> {
  ;(await cookies()).set(PORTAL_COOKIE, token, { ...options(), maxAge: MAX_AGE })
}

export async function clearPortalToken(): Promise<void> {
  ;(await cookies()).set(PORTAL_COOKIE, "", { ...options(), maxAge: 0 })
}
