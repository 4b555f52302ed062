"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { refusalText, refusedField } from "@/lib/portal-problem-text"
import { field, readLocale, sameOrigin, signInAgainOn401, type PortalFormState } from "@/lib/actions/portal-guard"
import { portalPostCoded } from "@/lib/data/portal"
import { getPortalToken } from "@/lib/data/portal-session"
import { isIsoDate } from "@/lib/portal"
import { TRACE_EVENT_TYPES } from "@seleno/domain"

const FIELDS = ["variant_id", "lot", "produced_on", "quantity", "inspection_mg_per_kg", "inspection_lab", "inspected_on"]

/** Opens a lot of one of the enterprise's variants (POST /enterprise/trace-batches). */
export async function createBatchAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.batches
  const values: Record<string, string> = {}
  for (const name of FIELDS) values[name] = field(formData, name)
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: Date.now() }
  const fieldErrors: Record<string, string> = {}
  if (!values.variant_id) fieldErrors.variant_id = t.errorVariant
  if (!/^[A-Za-z0-9-]{1,20}$/.test(values.lot ?? "")) fieldErrors.lot = t.errorLot
  if (!isIsoDate(values.produced_on ?? "")) fieldErrors.produced_on = t.errorDate
  const quantity = /^\d{1,5}$/.test(values.quantity ?? "") ? Number(values.quantity) : 0
  if (quantity < 1 || quantity > 10_000) fieldErrors.quantity = t.errorQuantity
  const inspection = values.inspection_mg_per_kg ? Number(values.inspection_mg_per_kg.replace(",", ".")) : null
  if (inspection !== null && !(Number.isFinite(inspection) && inspection >= 0)) fieldErrors.inspection_mg_per_kg = t.errorInspection
  if (values.inspected_on && !isIsoDate(values.inspected_on)) fieldErrors.inspected_on = t.errorDate
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: Date.now() }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const result = await portalPostCoded(token, "/enterprise/trace-batches", {
    variant_id: values.variant_id,
    lot: values.lot,
    produced_on: values.produced_on,
    quantity,
    ...(inspection !== null ? { inspection_mg_per_kg: inspection } : {}),
    ...(values.inspection_lab ? { inspection_lab: values.inspection_lab } : {}),
    ...(values.inspected_on ? { inspected_on: values.inspected_on } : {}),
  })
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    // A variant without a GTIN: the portal says where to set it (the product page's variant row).
    if (result.code === "variant_without_gtin") return { status: "error", message: t.errorNoGtin, fieldErrors: { variant_id: t.errorNoGtin }, values, at: Date.now() }
    if (result.status !== 400) return { status: "error", message: portal.errorGeneric, values, at: Date.now() }
    const text = refusalText(result, portal)
    const name = refusedField(result) ?? FIELDS.find((f) => new RegExp(`\\b${f}\\b`).test(result.message))
    return { status: "error", message: text, ...(name ? { fieldErrors: { [name]: text } } : {}), values, at: Date.now() }
  }
  revalidatePath(localePath(locale, "/portal/batches"))
  return { status: "ok", message: t.created, at: Date.now() }
}

const EVENT_FIELDS = ["batch_id", "type", "occurred_on", "place", "description"]

/** Records a production event (生产记录) of one of the enterprise's batches (POST /enterprise/trace-batches/:id/events). */
export async function recordBatchEventAction(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = readLocale(formData)
  const portal = getMessages(locale).portal
  const t = portal.batches
  const values: Record<string, string> = {}
  for (const name of EVENT_FIELDS) values[name] = field(formData, name)
  if (!(await sameOrigin())) return { status: "error", message: portal.errorForbiddenOrigin, values, at: Date.now() }
  const fieldErrors: Record<string, string> = {}
  if (!values.batch_id) fieldErrors.batch_id = t.errorEventBatch
  if (!(TRACE_EVENT_TYPES as readonly string[]).includes(values.type ?? "")) fieldErrors.type = t.errorEventType
  if (!isIsoDate(values.occurred_on ?? "")) fieldErrors.occurred_on = t.errorDate
  if (!values.place || values.place.length > 200) fieldErrors.place = t.errorEventPlace
  if ((values.description ?? "").length > 1000) fieldErrors.description = t.errorEventDescription
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values, at: Date.now() }
  const token = await getPortalToken()
  if (!token) redirect(localePath(locale, "/portal/login"))
  const result = await portalPostCoded(token, `/enterprise/trace-batches/${encodeURIComponent(values.batch_id!)}/events`, {
    type: values.type,
    occurred_at: values.occurred_on,
    place: values.place,
    ...(values.description ? { description: values.description } : {}),
  })
  if (!result.ok) {
    signInAgainOn401(locale, result.status)
    const code = result.code as keyof typeof t.eventProblems | undefined
    return { status: "error", message: code && code in t.eventProblems ? t.eventProblems[code] : portal.errorGeneric, values, at: Date.now() }
  }
  revalidatePath(localePath(locale, "/portal/batches"))
  return { status: "ok", message: t.eventRecorded, at: Date.now() }
}
