import "server-only"
import type { StorefrontLocale } from "@seleno/domain"
import { NextResponse, type NextRequest } from "next/server"
import { localePath } from "@/i18n/paths"
import { backendUrl } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"

const TEXT = { "content-type": "text/plain; charset=utf-8" }

/**
 * A file the enterprise downloads from the backend (an order export, packing slips), fetched with
 * the portal cookie's token and passed on as an attachment. A refusal goes back to `back` with
 * `bulk_error=<code>` (and its params as `bulk_<name>`), which the page words in its language: a
 * coded refusal by its code, a missing order as not_found, bad input as export_invalid. Read-only
 * and SameSite=Strict like the settlement export, so it needs no CSRF token.
 */
export async function relayPortalDownload(request: NextRequest, locale: StorefrontLocale, backendPath: string, back: string): Promise<NextResponse> {
  const token = await getPortalToken()
  if (!token) return NextResponse.redirect(new URL(localePath(locale, "/portal/login"), request.url), 303)
  let upstream: Response
  try {
    upstream = await fetch(`${backendUrl()}${backendPath}`, { headers: { authorization: `Bearer ${token}` }, cache: "no-store" })
  } catch {
    return new NextResponse("The backend is not reachable", { status: 503, headers: TEXT })
  }
  if (upstream.status === 401) return NextResponse.redirect(new URL(localePath(locale, "/portal/login"), request.url), 303)
  if (!upstream.ok || !upstream.body) {
    const body = (await upstream.json().catch(() => ({}))) as { code?: string; params?: Record<string, string | number> }
    const code = body.code && body.code !== "invalid_data" ? body.code : upstream.status === 404 ? "not_found" : upstream.status === 400 ? "export_invalid" : "failed"
    const url = new URL(localePath(locale, back), request.url)
    url.searchParams.set("bulk_error", code)
    for (const [key, value] of Object.entries(body.params ?? {})) url.searchParams.set(`bulk_${key}`, String(value))
    return NextResponse.redirect(url, 303)
  }
  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      "content-type": upstream.headers.get("content-type") ?? "application/octet-stream",
      "content-disposition": upstream.headers.get("content-disposition") ?? "attachment",
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
}
