"use server"

import { isStorefrontLocale, type StorefrontLocale } from "@seleno/domain"
import { revalidatePath } from "next/cache"
import { format, getMessages } from "@/i18n"
import { getOrCreateCart, retrieveCart } from "@/lib/data/cart"
import { getAuthToken } from "@/lib/data/cookies"
import { errorStatus, isClientError, sdk, storeHeaders } from "@/lib/data/medusa"
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
    const cart = await getOrCreateCart(locale)
    const token = await getAuthToken()
    await sdk().store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, {}, storeHeaders(locale, token))
  } catch (error) {
    console.error("add to cart failed", errorStatus(error), error instanceof Error ? error.message : error)
    return { status: "error", message: isClientError(error) ? t.errorStock : t.errorGeneric, at: Date.now() }
  }
  revalidatePath(`/${locale}`, "layout")
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
  const cart = await retrieveCart(locale)
  if (!cart) return { status: "error", message: t.errorGeneric, at: Date.now() }
  try {
    const token = await getAuthToken()
    await sdk().store.cart.updateLineItem(cart.id, lineId, { quantity }, {}, storeHeaders(locale, token))
  } catch (error) {
    console.error("update line item failed", errorStatus(error), error instanceof Error ? error.message : error)
    // The backend refuses quantities above stock with a 4xx and leaves the cart unchanged.
    const message = isClientError(error) ? format(t.errorStock, { title, quantity }) : t.errorGeneric
    return { status: "error", message, at: Date.now() }
  }
  revalidatePath(`/${locale}`, "layout")
  return { status: "ok", message: t.updated, at: Date.now() }
}

export async function removeLineItemAction(formData: FormData): Promise<void> {
  const locale = readLocale(formData)
  const lineId = String(formData.get("line_id") ?? "")
  const cart = await retrieveCart(locale)
  if (cart && lineId) {
    const token = await getAuthToken()
    await sdk().store.cart.deleteLineItem(cart.id, lineId, {}, storeHeaders(locale, token))
  }
  revalidatePath(`/${locale}`, "layout")
}
