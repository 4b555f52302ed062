import { isStorefrontLocale } from "@seleno/domain"
import { NextResponse, type NextRequest } from "next/server"
import { localePath } from "@/i18n/paths"
import { backendUrl } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"

const TEXT = { "content-type": "text/plain; charset=utf-8" }

/**
 * GET /{locale}/portal/batches/{id}/labels?size=70x42.4 — the batch's label sheet PDF, streamed from
 * GET /enterprise/trace-batches/:id/labels?format=pdf with the portal cookie's token (the backend
 * checks the batch is the enterprise's own). A refusal the portal words (an unknown or too small
 * size) goes back to the batch list with its code, which shows it in the page's language. Read-only
 * and SameSite=Strict like the settlement export, so it needs no CSRF token.
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/portal/batches/[id]/labels">) {
  const { locale, id } = await params
  if (!isStorefrontLocale(locale)) return new NextResponse("Not found", { status: 404 })
  const token = await getPortalToken()
  if (!token) return NextResponse.redirect(new URL(localePath(locale, "/portal/login"), request.url), 303)
  const size = request.nextUrl.searchParams.get("size") ?? ""
  let upstream: Response
  try {
    const query = new URLSearchParams({ format: "pdf", ...(size ? { size } : {}) })
    upstream = await fetch(`${backendUrl()}/enterprise/trace-batches/${encodeURIComponent(id)}/labels?${query}`, {
      headers: { authorization: `Bearer ${token}`, accept: "application/pdf" },
      cache: "no-store",
    })
  } catch {
    return new NextResponse("The backend is not reachable", { status: 503, headers: TEXT })
  }
  if (upstream.status === 401) return NextResponse.redirect(new URL(localePath(locale, "/portal/login"), request.url), 303)
  if (!upstream.ok || !upstream.body) {
    const body = (await upstream.json().catch(() => ({}))) as { message?: string; code?: string; params?: Record<string, string | number> }
    if (upstream.status === 400 && body.code) {
      const back = new URL(localePath(locale, "/portal/batches"), request.url)
      back.searchParams.set("label_error", body.code)
      for (const [key, value] of Object.entries(body.params ?? {})) back.searchParams.set(`label_${key}`, String(value))
      return NextResponse.redirect(back, 303)
    }
    return new NextResponse(body.message ?? upstream.statusText, { status: upstream.status, headers: TEXT })
  }
  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      "content-type": "application/pdf",
      "content-disposition": upstream.headers.get("content-disposition") ?? "attachment",
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
}
