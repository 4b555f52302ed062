import { isStorefrontLocale } from "@seleno/domain"
import { NextResponse, type NextRequest } from "next/server"
import { relayPortalDownload } from "@/lib/data/portal-download"

/** GET /{locale}/portal/orders/packing-slips?ids=…&ids=… — the ticked orders' packing slips as one PDF. */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/portal/orders/packing-slips">) {
  const { locale } = await params
  if (!isStorefrontLocale(locale)) return new NextResponse("Not found", { status: 404 })
  const ids = request.nextUrl.searchParams.getAll("ids").join(",")
  return relayPortalDownload(request, locale, `/enterprise/orders/packing-slips?${new URLSearchParams({ ids })}`, "/portal/orders")
}
