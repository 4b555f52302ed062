import { isStorefrontLocale } from "@seleno/domain"
import { NextResponse, type NextRequest } from "next/server"
import { relayPortalDownload } from "@/lib/data/portal-download"

/** GET /{locale}/portal/orders/{id}/packing-slip — one order part's packing slip (PDF). */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/portal/orders/[id]/packing-slip">) {
  const { locale, id } = await params
  if (!isStorefrontLocale(locale)) return new NextResponse("Not found", { status: 404 })
  return relayPortalDownload(request, locale, `/enterprise/orders/${encodeURIComponent(id)}/packing-slip`, `/portal/orders/${encodeURIComponent(id)}`)
}
