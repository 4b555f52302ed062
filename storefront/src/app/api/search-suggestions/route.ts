import { isStorefrontLocale } from "@seleno/domain"
import { NextResponse, type NextRequest } from "next/server"
import { searchSuggestions } from "@/lib/data/search"
import { isClientError } from "@/lib/data/medusa"

/**
 * GET /api/search-suggestions?q=&locale= — the header search box's suggestions, fetched from the
 * backend on the server so the browser only ever talks to the storefront.
 */
export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? ""
  const raw = request.nextUrl.searchParams.get("locale") ?? ""
  const locale = isStorefrontLocale(raw) ? raw : "zh-CN"
  try {
    return NextResponse.json(await searchSuggestions(locale, q), { headers: { "cache-control": "private, max-age=30" } })
  } catch (error) {
    const status = isClientError(error) ? 400 : 502
    return NextResponse.json({ products: [], brands: [], counties: [] }, { status })
  }
}
