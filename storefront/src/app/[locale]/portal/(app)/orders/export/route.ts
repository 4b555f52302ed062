import { isStorefrontLocale, ORDER_PART_STATUSES } from "@seleno/domain"
import { NextResponse, type NextRequest } from "next/server"
import { relayPortalDownload } from "@/lib/data/portal-download"

/** GET /{locale}/portal/orders/export?from&to[&status] — the enterprise's order parts as CSV (GET /enterprise/orders/export). */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/portal/orders/export">) {
  const { locale } = await params
  if (!isStorefrontLocale(locale)) return new NextResponse("Not found", { status: 404 })
  const q = request.nextUrl.searchParams
  const status = q.get("status") ?? ""
  const query = new URLSearchParams({ from: q.get("from") ?? "", to: q.get("to") ?? "" })
  if ((ORDER_PART_STATUSES as readonly string[]).includes(status)) query.set("status", status)
  return relayPortalDownload(request, locale, `/enterprise/orders/export?${query}`, "/portal/orders")
}
