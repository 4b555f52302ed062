import { isStorefrontLocale } from "@seleno/domain"
import { NextResponse, type NextRequest } from "next/server"
import { localePath } from "@/i18n/paths"
import { backendUrl } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"
import { isIsoDate, settlementFileName } from "@/lib/portal"

/**
 * GET /{locale}/portal/settlement/export?from=YYYY-MM-DD&to=YYYY-MM-DD — the enterprise's settlement
 * CSV, streamed from GET /enterprise/settlement?format=csv with the portal cookie's token. A GET that
 * only reads, so it needs no CSRF token: the session cookie is SameSite=Strict (another site cannot
 * make the browser send it, so it cannot trigger this download as the enterprise), and the answer
 * is a download, never readable by another origin.
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/portal/settlement/export">) {
  const { locale } = await params
  if (!isStorefrontLocale(locale)) return new NextResponse("Not found", { status: 404 })
  const token = await getPortalToken()
  if (!token) return NextResponse.redirect(new URL(localePath(locale, "/portal/login"), request.url), 303)
  const from = request.nextUrl.searchParams.get("from") ?? ""
  const to = request.nextUrl.searchParams.get("to") ?? ""
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) {
    return new NextResponse("from and to must be dates (YYYY-MM-DD), from not after to", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  let upstream: Response
  try {
    const url = `${backendUrl()}/enterprise/settlement?${new URLSearchParams({ from, to, format: "csv" })}`
    upstream = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: "text/csv" }, cache: "no-store" })
  } catch {
    return new NextResponse("The backend is not reachable", { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  if (upstream.status === 401) return NextResponse.redirect(new URL(localePath(locale, "/portal/login"), request.url), 303)
  if (!upstream.ok || !upstream.body) {
    const body = (await upstream.json().catch(() => ({}))) as { message?: string }
    return new NextResponse(body.message ?? upstream.statusText, { status: upstream.status, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  const me = await fetch(`${backendUrl()}/enterprise/me`, { headers: { authorization: `Bearer ${token}` }, cache: "no-store" })
    .then((r) => r.json() as Promise<{ enterprise?: { handle?: string } }>)
    .catch(() => ({ enterprise: undefined }))
  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      "content-type": upstream.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${settlementFileName(me.enterprise?.handle ?? "", from, to)}"`,
      "cache-control": "private, no-store",
    },
  })
}
