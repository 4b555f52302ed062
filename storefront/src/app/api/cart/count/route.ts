import { isStorefrontLocale } from "@seleno/domain"
import { NextResponse, type NextRequest } from "next/server"
import { cartItemCount, retrieveCart } from "@/lib/data/cart"
import { getCartId } from "@/lib/data/cookies"

const PRIVATE = { "cache-control": "private, no-store" }

/**
 * GET /api/cart/count?locale=… — the header's cart count. Pages are cached for every visitor, so the
 * one personal figure in their header is asked for by the browser; a visitor without a cart costs
 * no backend request.
 */
export async function GET(request: NextRequest) {
  const raw = request.nextUrl.searchParams.get("locale") ?? ""
  const locale = isStorefrontLocale(raw) ? raw : "zh-CN"
  if (!(await getCartId())) return NextResponse.json({ count: 0 }, { headers: PRIVATE })
  try {
    return NextResponse.json({ count: cartItemCount(await retrieveCart(locale)) }, { headers: PRIVATE })
  } catch (error) {
    console.error("cart count failed", error instanceof Error ? error.message : error)
    return NextResponse.json({ count: null }, { status: 503, headers: PRIVATE })
  }
}
