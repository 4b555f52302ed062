"use server"

import { findCarrier, trackingNumberProblem, type TrackingNumberProblem } from "@seleno/domain"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { format, getMessages, type Messages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { field, readLocale, sameOrigin, signInAgainOn401, type PortalFormState } from "@/lib/actions/portal-guard"
import { portalPostCoded, portalRequest, type PortalOrder } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"
import { parseShipQuantity } from "@/lib/portal"

/**
 * Ships (part of) the enterprise's items of an order with a carrier and tracking number
 * (POST /enterprise/orders/:id/fulfillments). Quantities are checked against what the backend says
 * is left to ship; when everything left is shipped, `items` is left out (the backend ships all).
 */
export async function fulfilOrderAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.orders
  const orderId = field(formData, "order_id")
  const values: Record<string, string> = { carrier: field(formData, "carrier"), tracking_number: field(formData, "tracking_number") }
  for (const [key, value] of formData.entries()) if (key.startsWith("qty_") && typeof value === "string") values[key] = value.trim()
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: Date.now() }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))

  const current = await portalRequest<{ order: PortalOrder }>(token, `/enterprise/orders/${encodeURIComponent(orderId)}`)
  if (!current.ok) signInAgainOn401(locale, current.status)
  if (!current.ok) return { status: "error", message: current.status === 404 ? t.errorNotFound : portal.errorGeneric, values, at: Date.now() }

  const fieldErrors: Record<string, string> = {}
  // The same rule as the backend's (@seleno/domain): the number is trimmed, never "cleaned up".
  const tracking = (values.tracking_number ?? "").trim()
  const problem = trackingNumberProblem(values.carrier ?? "", tracking)
  if (problem?.code === "unknown_carrier") fieldErrors.carrier = t.errorCarrier
  else if (problem) fieldErrors.tracking_number = trackingProblemText(problem, locale, t)
  const open = current.data.order.items.filter((item) => item.unfulfilled_quantity > 0)
  const items: { id: string; quantity: number }[] = []
  let quantityProblem = false
  for (const item of open) {
    const quantity = parseShipQuantity(values[`qty_${item.id}`] ?? String(item.unfulfilled_quantity), item.unfulfilled_quantity)
    if (quantity === null) {
      fieldErrors[`qty_${item.id}`] = t.errorQuantity
      quantityProblem = true
    } else if (quantity > 0) items.push({ id: item.id, quantity })
  }
  if (!quantityProblem && items.length === 0) return { status: "error", fieldErrors, message: t.errorQuantity, values, at: Date.now() }
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: Date.now() }

  const shipsAll = items.length === open.length && items.every((i) => i.quantity === open.find((o) => o.id === i.id)?.unfulfilled_quantity)
  const result = await portalPostCoded(token, `/enterprise/orders/${encodeURIComponent(orderId)}/fulfillments`, {
    carrier: values.carrier,
    tracking_number: tracking,
    ...(shipsAll ? {} : { items }),
  })
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    const coded = codedTrackingProblem(result.code, result.params)
    if (coded) {
      const text = trackingProblemText(coded, locale, t)
      return { status: "error", message: text, fieldErrors: { [coded.code === "unknown_carrier" ? "carrier" : "tracking_number"]: text }, values, at: Date.now() }
    }
    const message = result.status === 400 ? format(portal.backendMessage, { message: result.message }) : portal.errorGeneric
    return { status: "error", message, values, at: Date.now() }
  }
  revalidatePath(localePath(locale, "/portal/orders"))
  // Once everything is shipped the form goes away, so the page itself says the shipment was recorded.
  redirect(`${localePath(locale, `/portal/orders/${orderId}`)}?shipped=1`)
}

/** A backend refusal that is a waybill problem (code + params.carrier), or null. */
function codedTrackingProblem(code: string | undefined, params: Record<string, string | number> | undefined): TrackingNumberProblem | null {
  if ((code === "tracking_number_format" || code === "unknown_carrier") && typeof params?.carrier === "string") return { code, params: { carrier: params.carrier } }
  return null
}

/** A waybill problem in the page's language: the carrier's name and the form its numbers take. */
function trackingProblemText(problem: TrackingNumberProblem, locale: string, t: Messages["portal"]["orders"]): string {
  const carrier = findCarrier(problem.params.carrier)
  if (problem.code === "unknown_carrier" || !carrier) return t.errorCarrier
  const lang = locale === "en" ? "en" : "zh"
  return format(t.errorTrackingFormat, { carrier: carrier.name[lang], form: carrier.trackingNumber.hint[lang] })
}
