"use server"

import { AFTER_SALES_LIMITS } from "@seleno/domain"
import { revalidatePath } from "next/cache"
import { getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { field, readLocale, sameOrigin } from "@/lib/actions/portal-guard"
import { confirmPartDelivery, submitAfterSalesRequest, withdrawAfterSalesRequest, type AfterSalesResult } from "@/lib/data/after-sales"

export interface AfterSalesFormState {
  status: "idle" | "ok" | "error"
  message?: string
  at?: number
}

type Errors = ReturnType<typeof getMessages>["afterSales"]["errors"]
const wording = (errors: Errors, status: number, code?: string) =>
  code && code in errors ? errors[code as keyof Errors] : status === 401 ? errors.signIn : status === 404 ? errors.not_your_order : errors.generic

/**
 * Sends a shopper's request for one enterprise's part. The form names each item's quantity as
 * qty_<item id>; items left at 0 are not asked for. The backend decides every rule and answers a
 * code, worded here through the catalogue.
 */
export async function requestAfterSalesAction(_prev: AfterSalesFormState, formData: FormData): Promise<AfterSalesFormState> {
  const locale = readLocale(formData)
  const t = getMessages(locale).afterSales
  const at = Date.now()
  if (!(await sameOrigin())) return { status: "error", message: t.errors.generic, at }
  const orderId = field(formData, "order_id")
  const items: { item_id: string; quantity: number }[] = []
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("qty_") || typeof value !== "string" || !value.trim()) continue
    const quantity = Number(value)
    if (!Number.isInteger(quantity) || quantity < 0) return { status: "error", message: t.errors.quantity_invalid, at }
    if (quantity > 0) items.push({ item_id: key.slice(4), quantity })
  }
  if (!items.length) return { status: "error", message: t.errors.items_required, at }
  const photos = formData.getAll("photos").filter((p): p is File => p instanceof File && p.size > 0)
  if (photos.length > AFTER_SALES_LIMITS.photosMax) return { status: "error", message: t.errors.too_many_photos, at }
  const form = new FormData()
  for (const name of ["enterprise_id", "kind", "reason", "note"]) form.append(name, field(formData, name))
  form.append("items", JSON.stringify(items))
  for (const photo of photos) form.append("photos", photo, photo.name || "photo")
  const result = await submitAfterSalesRequest(orderId, form)
  if (!result.ok) return { status: "error", message: wording(t.errors, result.status, result.code), at }
  revalidatePath(localePath(locale, `/account/orders/${orderId}/after-sales`))
  return { status: "ok", message: t.shop.submitted, at }
}

/** 确认收货 of one part. */
export async function confirmDeliveryAction(_prev: AfterSalesFormState, formData: FormData): Promise<AfterSalesFormState> {
  return orderAfterSalesStep(formData, (orderId) => confirmPartDelivery(orderId, field(formData, "enterprise_id")))
}

/** 撤回 a request the enterprise has not decided yet. */
export async function withdrawAfterSalesAction(_prev: AfterSalesFormState, formData: FormData): Promise<AfterSalesFormState> {
  return orderAfterSalesStep(formData, (orderId) => withdrawAfterSalesRequest(orderId, field(formData, "request_id")), (t) => t.shop.withdrawn)
}

/** One button of the order's after-sales page: checks the origin, calls the backend, words a refusal, refreshes the page. */
async function orderAfterSalesStep(
  formData: FormData,
  call: (orderId: string) => Promise<AfterSalesResult<unknown>>,
  done?: (t: ReturnType<typeof getMessages>["afterSales"]) => string
): Promise<AfterSalesFormState> {
  const locale = readLocale(formData)
  const t = getMessages(locale).afterSales
  const at = Date.now()
  if (!(await sameOrigin())) return { status: "error", message: t.errors.generic, at }
  const orderId = field(formData, "order_id")
  const result = await call(orderId)
  if (!result.ok) return { status: "error", message: wording(t.errors, result.status, result.code), at }
  revalidatePath(localePath(locale, `/account/orders/${orderId}/after-sales`))
  return { status: "ok", message: done?.(t), at }
}
