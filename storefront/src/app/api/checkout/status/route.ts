import { NextResponse, type NextRequest } from "next/server"
import { clearCartId, getCartId } from "@/lib/data/cookies"
import { cartOutcome } from "@/lib/data/payment"

/**
 * GET /api/checkout/status?cart_id=… — polled by the checkout return page while Stripe's webhook
 * is on its way: `order` (with its id), `waiting`, `failed` or `missing`. Once the cart is an
 * order it is no longer the shopper's cart, so its cookie goes.
 */
export async function GET(request: NextRequest) {
  const cartId = request.nextUrl.searchParams.get("cart_id") ?? ""
  try {
    const outcome = await cartOutcome(cartId)
    if (outcome.kind === "order" && (await getCartId()) === cartId) await clearCartId()
    return NextResponse.json(outcome, { headers: { "cache-control": "no-store" } })
  } catch (error) {
    console.error("checkout status failed", error instanceof Error ? error.message : error)
    return NextResponse.json({ kind: "waiting" }, { status: 503, headers: { "cache-control": "no-store" } })
  }
}
