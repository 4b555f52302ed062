"use server"

import { findCarrier, trackingNumberProblem, type StorefrontLocale, type TrackingNumberProblem } from "@seleno/domain"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { format, getMessages, type Messages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { refusalText } from "@/lib/portal-problem-text"
import { field, readLocale, sameOrigin, signInAgainOn401, type PortalFormState } from "@/lib/actions/portal-guard"
import { portalPostCoded, portalRequest, type PortalCodedResult, type PortalOrder } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"
import { parseShipQuantity } from "@/lib/portal"

type OrderMessages = Messages["portal"]["orders"]
type Refusal = Extract<PortalCodedResult<unknown>, { ok: false }>

/** What the order page says after a move (`?done=`). */
export type FulfilmentDone = "packed" | "shipped" | "unpacked" | "corrected"

/**
 * Packs (part of) the enterprise's items of an order, or ships them at once with a carrier and
 * tracking number (POST /enterprise/orders/:id/fulfillments; the submit button says which).
 * Quantities are checked against what the backend says is left; when everything left goes,
 * `items` is left out (the backend takes all).
 */
export async function fulfilOrderAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.orders
  const orderId = field(formData, "order_id")
  const packOnly = field(formData, "intent") === "pack"
  const values: Record<string, string> = { carrier: field(formData, "carrier"), tracking_number: field(formData, "tracking_number") }
  for (const [key, value] of formData.entries()) if (key.startsWith("qty_") && typeof value === "string") values[key] = value.trim()
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: Date.now() }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))

  const current = await portalRequest<{ order: PortalOrder }>(token, `/enterprise/orders/${encodeURIComponent(orderId)}`)
  if (!current.ok) signInAgainOn401(locale, current.status)
  if (!current.ok) return { status: "error", message: current.status === 404 ? t.errorNotFound : portal.errorGeneric, values, at: Date.now() }

  const fieldErrors: Record<string, string> = packOnly ? {} : waybillErrors(values, locale, t)
  const tracking = (values.tracking_number ?? "").trim()
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

  const takesAll = items.length === open.length && items.every((i) => i.quantity === open.find((o) => o.id === i.id)?.unfulfilled_quantity)
  const result = await portalPostCoded(token, `/enterprise/orders/${encodeURIComponent(orderId)}/fulfillments`, {
    ...(packOnly ? {} : { carrier: values.carrier, tracking_number: tracking }),
    ...(takesAll ? {} : { items }),
  })
  if (!result.ok) return refused(result, locale, values)
  done(locale, orderId, packOnly ? "packed" : "shipped")
}

/** Ships a packed parcel with its carrier and tracking number (POST …/fulfillments/:fid/ship). */
export async function shipPackedAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  return waybillMove(formData, "ship", "shipped")
}

/** Corrects the waybill of a shipped parcel (POST …/fulfillments/:fid/tracking). */
export async function correctWaybillAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  return waybillMove(formData, "tracking", "corrected")
}

/** Unpacks a parcel that has not shipped (POST …/fulfillments/:fid/cancel). */
export async function cancelPackAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const orderId = field(formData, "order_id")
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, at: Date.now() }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const result = await portalPostCoded(token, fulfilmentPath(orderId, field(formData, "fulfillment_id"), "cancel"), {})
  if (!result.ok) return refused(result, locale, {})
  done(locale, orderId, "unpacked")
}

async function waybillMove(formData: FormData, move: "ship" | "tracking", after: FulfilmentDone): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const orderId = field(formData, "order_id")
  const values: Record<string, string> = { carrier: field(formData, "carrier"), tracking_number: field(formData, "tracking_number") }
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: Date.now() }
  const fieldErrors = waybillErrors(values, locale, portal.orders)
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: Date.now() }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const result = await portalPostCoded(token, fulfilmentPath(orderId, field(formData, "fulfillment_id"), move), {
    carrier: values.carrier,
    tracking_number: (values.tracking_number ?? "").trim(),
  })
  if (!result.ok) return refused(result, locale, values)
  done(locale, orderId, after)
}

function fulfilmentPath(orderId: string, fulfilmentId: string, move: string): string {
  return `/enterprise/orders/${encodeURIComponent(orderId)}/fulfillments/${encodeURIComponent(fulfilmentId)}/${move}`
}

/** The same rule as the backend's (@seleno/domain): the number is trimmed, never "cleaned up". */
function waybillErrors(values: Record<string, string>, locale: StorefrontLocale, t: OrderMessages): Record<string, string> {
  const problem = trackingNumberProblem(values.carrier ?? "", values.tracking_number ?? "")
  if (!problem) return {}
  return { [problem.code === "unknown_carrier" ? "carrier" : "tracking_number"]: trackingProblemText(problem, locale, t) }
}

/** A backend refusal in the page's language when it carries a code we word ourselves; what was typed stays. */
function refused(result: Refusal, locale: StorefrontLocale, values: Record<string, string>): PortalFormState {
  const portal = getMessages(locale).portal
  const t = portal.orders
  signInAgainOn401(locale, result.status)
  const waybill = codedTrackingProblem(result.code, result.params)
  if (waybill) {
    const text = trackingProblemText(waybill, locale, t)
    return { status: "error", message: text, fieldErrors: { [waybill.code === "unknown_carrier" ? "carrier" : "tracking_number"]: text }, values, at: Date.now() }
  }
  const stage = result.code ? (t.fulfilmentProblems as Record<string, string>)[result.code] : undefined
  if (stage) return { status: "error", message: stage, values, at: Date.now() }
  if (result.status === 404) return { status: "error", message: t.errorNotFound, values, at: Date.now() }
  const message = result.status === 400 ? refusalText(result, portal) : portal.errorGeneric
  return { status: "error", message, values, at: Date.now() }
}

function done(locale: StorefrontLocale, orderId: string, what: FulfilmentDone): never {
  revalidatePath(localePath(locale, "/portal/orders"))
  // A move can take its form away (nothing left to pack, a parcel shipped), so the page says what happened.
  redirect(`${localePath(locale, `/portal/orders/${orderId}`)}?done=${what}`)
}

/** A backend refusal that is a waybill problem (code + params.carrier), or null. */
function codedTrackingProblem(code: string | undefined, params: Record<string, string | number> | undefined): TrackingNumberProblem | null {
  if ((code === "tracking_number_format" || code === "unknown_carrier") && typeof params?.carrier === "string") return { code, params: { carrier: params.carrier } }
  return null
}

/** A waybill problem in the page's language: the carrier's name and the form its numbers take. */
function trackingProblemText(problem: TrackingNumberProblem, locale: StorefrontLocale, t: OrderMessages): string {
  const carrier = findCarrier(problem.params.carrier)
  if (problem.code === "unknown_carrier" || !carrier) return t.errorCarrier
  const lang = locale === "en" ? "en" : "zh"
  return format(t.errorTrackingFormat, { carrier: carrier.name[lang], form: carrier.trackingNumber.hint[lang] })
}
