import { isStorefrontLocale } from "@seleno/domain"
import { NextResponse, type NextRequest } from "next/server"
import { localePath } from "@/i18n/paths"
import { backendUrl } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"

/**
 * GET /{locale}/portal/after-sales/{id}/photos/{n} — a shopper's photo of a request, streamed from
 * the backend with the portal cookie's token (the backend serves it only to the request's
 * enterprise). A read-only GET: the SameSite=Strict cookie keeps other sites from using it.
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/portal/after-sales/[id]/photos/[n]">) {
  const { locale, id, n } = await params
  if (!isStorefrontLocale(locale) || !/^\d$/.test(n)) return new NextResponse("Not found", { status: 404 })
  const token = await getPortalToken()
  if (!token) return NextResponse.redirect(new URL(localePath(locale, "/portal/login"), request.url), 303)
  let upstream: Response
  try {
    upstream = await fetch(`${backendUrl()}/enterprise/after-sales/${encodeURIComponent(id)}/photos/${n}`, { headers: { authorization: `Bearer ${token}` }, cache: "no-store" })
  } catch {
    return new NextResponse("The backend is not reachable", { status: 503 })
  }
  if (!upstream.ok || !upstream.body) return new NextResponse("Not found", { status: upstream.status === 401 ? 401 : 404 })
  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      "content-type": upstream.headers.get("content-type") ?? "application/octet-stream",
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  })
}
