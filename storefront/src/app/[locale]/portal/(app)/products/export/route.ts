import { isStorefrontLocale } from "@seleno/domain"
import { NextResponse, type NextRequest } from "next/server"
import { localePath } from "@/i18n/paths"
import { backendUrl } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"

/**
 * GET /{locale}/portal/products/export?format=csv|xlsx — the enterprise's product sheet, fetched from
 * GET /enterprise/product-sheet with the portal cookie's token. A GET that only reads (the session
 * cookie is SameSite=Strict), answered as a download.
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/portal/products/export">) {
  const { locale } = await params
  if (!isStorefrontLocale(locale)) return new NextResponse("Not found", { status: 404 })
  const token = await getPortalToken()
  if (!token) return NextResponse.redirect(new URL(localePath(locale, "/portal/login"), request.url), 303)
  const format = request.nextUrl.searchParams.get("format") === "xlsx" ? "xlsx" : "csv"
  let upstream: Response
  try {
    upstream = await fetch(`${backendUrl()}/enterprise/product-sheet?format=${format}`, { headers: { authorization: `Bearer ${token}` }, cache: "no-store" })
  } catch {
    return new NextResponse("The backend is not reachable", { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  if (upstream.status === 401) return NextResponse.redirect(new URL(localePath(locale, "/portal/login"), request.url), 303)
  if (!upstream.ok) return new NextResponse(upstream.statusText, { status: upstream.status, headers: { "content-type": "text/plain; charset=utf-8" } })
  return new NextResponse(await upstream.arrayBuffer(), {
    status: 200,
    headers: {
      "content-type": upstream.headers.get("content-type") ?? "application/octet-stream",
      "content-disposition": upstream.headers.get("content-disposition") ?? `attachment; filename="seleno-products.${format}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
}
