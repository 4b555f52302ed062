"use server"

import { isStorefrontLocale, type StorefrontLocale } from "@seleno/domain"
import { refresh } from "next/cache"
import { format, getMessages } from "@/i18n"
import { addToCart, retrieveCart } from "@/lib/data/cart"
import { getAuthToken, getCartId } from "@/lib/data/cookies"
import { errorStatus, isClientError, sdk, storeHeaders } from "@/lib/data/medusa"
import { couponReason, isCouponApplied, normalizeCouponCode } from "@/lib/offers"
import { parseQuantity } from "@/lib/quantity"

export interface CartActionState {
  status: "idle" | "ok" | "error"
  message?: string
  /** Changes on every answer so the client can announce repeated identical messages. */
  at?: number
}

function readLocale(formData: FormData): StorefrontLocale {
  const value = String(formData.get("locale") ?? "")
  return isStorefrontLocale(value) ? value : "zh-CN"
}

export async function addToCartAction(_prev: CartActionState, formData: FormData): Promise<CartActionState> {
  const locale = readLocale(formData)
  const t = getMessages(locale).product
  const variantId = String(formData.get("variant_id") ?? "")
  const max = Number(formData.get("max") ?? 99)
  if (!variantId) return { status: "error", message: t.errorVariant, at: Date.now() }
  if (max <= 0) return { status: "error", message: t.errorSoldOut, at: Date.now() }
  const quantity = parseQuantity(formData.get("quantity"), max)
  if (quantity === null) return { status: "error", message: format(t.errorQuantity, { max }), at: Date.now() }
  try {
    await addToCart(locale, { variant_id: variantId, quantity })
  } catch (error) {
    console.error("add to cart failed", errorStatus(error), error instanceof Error ? error.message : error)
    return { status: "error", message: isClientError(error) ? t.errorStock : t.errorGeneric, at: Date.now() }
  }
  // No refresh: nothing on the (cached) product page depends on the cart; the form tells the
  // header's cart count, which the browser fetches. Re-rendering the page here only made the
  // shopper wait longer for the answer.
  return { status: "ok", message: t.added, at: Date.now() }
}

export async function updateLineItemAction(_prev: CartActionState, formData: FormData): Promise<CartActionState> {
  const locale = readLocale(formData)
  const t = getMessages(locale).cart
  const lineId = String(formData.get("line_id") ?? "")
  const title = String(formData.get("title") ?? "")
  const raw = String(formData.get("quantity") ?? "")
  const quantity = parseQuantity(raw, 999)
  if (!lineId || quantity === null) return { status: "error", message: t.errorQuantity, at: Date.now() }
  // The cookie's id is enough: the backend refuses a line of another cart or of a completed one.
  const cartId = await getCartId()
  if (!cartId) return { status: "error", message: t.errorGeneric, at: Date.now() }
  try {
    const token = await getAuthToken()
    await sdk().store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" }, storeHeaders(locale, token))
  } catch (error) {
    console.error("update line item failed", errorStatus(error), error instanceof Error ? error.message : error)
    // The backend refuses quantities above stock with a 4xx and leaves the cart unchanged.
    const message = isClientError(error) ? format(t.errorStock, { title, quantity }) : t.errorGeneric
    return { status: "error", message, at: Date.now() }
  }
  // Not revalidatePath: it would drop every cached page of the locale for one shopper's action.
  refresh()
  return { status: "ok", message: t.updated, at: Date.now() }
}

export async function removeLineItemAction(formData: FormData): Promise<void> {
  const locale = readLocale(formData)
  const lineId = String(formData.get("line_id") ?? "")
  const cartId = await getCartId()
  if (cartId && lineId) {
    const token = await getAuthToken()
    try {
      await sdk().store.cart.deleteLineItem(cartId, lineId, { fields: "id" }, storeHeaders(locale, token))
    } catch (error) {
      // A line already gone, or a cart completed meanwhile: the refreshed cart shows what is true.
      if (!isClientError(error)) throw error
    }
  }
  // Not revalidatePath: it would drop every cached page of the locale for one shopper's action.
  refresh()
}

export interface CouponActionState extends CartActionState {
  /** The code as typed on a refusal, so the field keeps it. */
  code?: string
}

/**
 * POST /store/carts/:id/promotions without the SDK: the SDK's error keeps only the message, and the
 * backend's coupon check says why it refused a code in `reason`.
 */
async function postCartPromotion(
  cartId: string,
  code: string,
  locale: StorefrontLocale,
  token: string | undefined
): Promise<{ ok: boolean; status: number; body: unknown }> {
  const baseUrl = (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  const response = await fetch(`${baseUrl}/store/carts/${encodeURIComponent(cartId)}/promotions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}),
      ...storeHeaders(locale, token),
    },
    body: JSON.stringify({ promo_codes: [code] }),
    cache: "no-store",
    signal: AbortSignal.timeout(15_000),
  })
  const body: unknown = await response.json().catch(() => null)
  return { ok: response.ok, status: response.status, body }
}

export async function applyCouponAction(_prev: CouponActionState, formData: FormData): Promise<CouponActionState> {
  const locale = readLocale(formData)
  const t = getMessages(locale).offers.coupon
  const code = normalizeCouponCode(formData.get("code"))
  const typed = String(formData.get("code") ?? "")
  if (!code) return { status: "error", message: t.empty, at: Date.now(), code: typed }
  const cart = await retrieveCart(locale)
  if (!cart) return { status: "error", message: t.errorGeneric, at: Date.now(), code: typed }
  let result: Awaited<ReturnType<typeof postCartPromotion>>
  try {
    result = await postCartPromotion(cart.id, code, locale, await getAuthToken())
  } catch (error) {
    console.error("apply coupon failed", error instanceof Error ? error.message : error)
    return { status: "error", message: t.errorGeneric, at: Date.now(), code: typed }
  }
  if (!result.ok) {
    const reason = couponReason(result.body)
    if (!reason) console.error("apply coupon refused", result.status, (result.body as { message?: unknown } | null)?.message)
    const message = reason
      ? format(t.reason[reason], { code })
      : result.status >= 400 && result.status < 500
        ? format(t.refused, { code })
        : t.errorGeneric
    return { status: "error", message, at: Date.now(), code: typed }
  }
  // Not revalidatePath: it would drop every cached page of the locale for one shopper's action.
  refresh()
  const updated = (result.body as { cart?: Parameters<typeof isCouponApplied>[0] } | null)?.cart
  if (!updated || !isCouponApplied(updated, code)) {
    return { status: "error", message: format(t.notApplicable, { code }), at: Date.now(), code: typed }
  }
  return { status: "ok", message: format(t.applied, { code }), at: Date.now() }
}

export async function removeCouponAction(_prev: CouponActionState, formData: FormData): Promise<CouponActionState> {
  const locale = readLocale(formData)
  const t = getMessages(locale).offers.coupon
  // The code exactly as the cart lists it (the form sends the cart's own spelling).
  const code = String(formData.get("code") ?? "").trim()
  const cart = await retrieveCart(locale)
  if (!cart || !code) return { status: "error", message: t.errorGeneric, at: Date.now() }
  try {
    const token = await getAuthToken()
    await sdk().store.cart.removePromotions(cart.id, { promo_codes: [code] }, {}, storeHeaders(locale, token))
  } catch (error) {
    console.error("remove coupon failed", errorStatus(error), error instanceof Error ? error.message : error)
    return { status: "error", message: format(t.errorRemove, { code }), at: Date.now() }
  }
  // Not revalidatePath: it would drop every cached page of the locale for one shopper's action.
  refresh()
  return { status: "ok", message: format(t.removed, { code }), at: Date.now() }
}
