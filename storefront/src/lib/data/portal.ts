import "server-only"
import type { CertificateCategory, EnterpriseRole, EnterpriseStatus, IssuerView, SettlementStatementView, SettlementStatus, StaffBatchVoid, StaffSerialSignalList, StandardView, StorefrontLocale, TotalsView } from "@seleno/domain"
import { redirect } from "next/navigation"
import { cache } from "react"
import { localePath } from "@/i18n/paths"
import { backendUrl, errorStatus, sdk } from "@/lib/data/medusa"
import { signInWithPassword, type SignInFailure } from "@/lib/data/sign-in"
import { getPortalToken } from "@/lib/data/portal-session"

/** Where the enterprise stands with the platform (GET /enterprise/me). */
export type { EnterpriseStatus } from "@seleno/domain"

export interface PortalMe {
  account: { id: string; email: string; name?: string | null; role: EnterpriseRole }
  enterprise: {
    id: string
    handle: string
    name: string
    status: EnterpriseStatus
    review_note?: string | null
    commission_bps?: number | null
    credit_code?: string | null
    county?: string | null
  }
}

/** A backend answer: the data, or the status and the backend's message (never thrown at pages). */
export type PortalResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string }

/** A refusal with the code and params the backend gives checks the portal words itself (certificate intake, uploads). */
export type PortalCodedResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; message: string; code?: string; params?: Record<string, string | number>; problems?: unknown[] }

export { backendUrl }

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` }
}

function failure(error: unknown): { ok: false; status: number; message: string } {
  const status = errorStatus(error) ?? 503
  const message = error instanceof Error ? error.message : String(error)
  return { ok: false, status, message }
}

/** A JSON request to an /enterprise route on behalf of the signed-in enterprise. */
export async function portalRequest<T>(
  token: string,
  path: string,
  init: { method?: "GET" | "POST" | "DELETE"; body?: unknown; query?: Record<string, string | number | undefined> } = {}
): Promise<PortalResult<T>> {
  try {
    const data = await sdk().client.fetch<T>(path, {
      method: init.method ?? "GET",
      headers: bearer(token),
      ...(init.body !== undefined ? { body: init.body } : {}),
      ...(init.query ? { query: init.query } : {}),
    })
    return { ok: true, data }
  } catch (error) {
    return failure(error)
  }
}

/**
 * A POST (or, without a body, a DELETE) whose refusal keeps its code and params (the SDK keeps only
 * the message). Plain fetch; a FormData body goes as multipart, anything else as JSON.
 */
export async function portalPostCoded<T>(token: string, path: string, body: unknown, method: "POST" | "DELETE" = "POST"): Promise<PortalCodedResult<T>> {
  try {
    const multipart = body instanceof FormData
    const response = await fetch(`${backendUrl()}${path}`, {
      method,
      headers: { ...bearer(token), accept: "application/json", ...(multipart ? {} : { "content-type": "application/json" }) },
      ...(method === "DELETE" ? {} : { body: multipart ? body : JSON.stringify(body) }),
      cache: "no-store",
    })
    const json = (await response.json().catch(() => ({}))) as { message?: string; code?: string; params?: Record<string, string | number>; problems?: unknown[] }
    if (response.ok) return { ok: true, data: json as T }
    return { ok: false, status: response.status, message: json.message ?? response.statusText, code: json.code, params: json.params, ...(Array.isArray(json.problems) ? { problems: json.problems } : {}) }
  } catch (error) {
    return failure(error)
  }
}

/** GET with the portal cookie's token; a missing cookie counts as 401. */
export async function portalGet<T>(path: string, query?: Record<string, string | number | undefined>): Promise<PortalResult<T>> {
  const token = await getPortalToken()
  if (!token) return { ok: false, status: 401, message: "Not signed in" }
  return portalRequest<T>(token, path, { query })
}

export type PortalSession =
  | { state: "anonymous" }
  | { state: "unavailable"; message: string }
  | { state: "signed-in"; token: string; me: PortalMe }

/**
 * Who is signed in to the portal, once per request: no cookie or a token the backend refuses (401)
 * is anonymous; the backend being down is "unavailable" (so a hiccup does not sign anyone out).
 */
export const getPortalSession = cache(async (): Promise<PortalSession> => {
  const token = await getPortalToken()
  if (!token) return { state: "anonymous" }
  const me = await portalRequest<PortalMe>(token, "/enterprise/me")
  if (me.ok) return { state: "signed-in", token, me: me.data }
  if (me.status === 401 || me.status === 403) return { state: "anonymous" }
  return { state: "unavailable", message: me.message }
})

/**
 * Uploads a file for the enterprise (POST /enterprise/uploads, multipart) and answers its URL.
 * Documents (licence, test reports) are private and answer a backend path; product pictures
 * (`purpose: "product_image"`) are public and answer their storage URL.
 */
export async function uploadPortalFile(token: string, file: File, purpose: "document" | "product_image" = "document"): Promise<PortalCodedResult<{ url: string }>> {
  const form = new FormData()
  form.append("files", file, file.name)
  if (purpose === "product_image") form.append("purpose", purpose)
  const result = await portalPostCoded<{ files?: { url: string }[] }>(token, "/enterprise/uploads", form)
  if (!result.ok) return result
  const url = result.data.files?.[0]?.url
  return url ? { ok: true, data: { url } } : { ok: false, status: 502, message: "The upload answered no file URL" }
}

/** Signs an enterprise login in (POST /auth/enterprise/emailpass), naming the visitor's address (see sign-in.ts). */
export async function portalLogin(email: string, password: string, forwardedFor?: string): Promise<{ ok: true; token: string } | SignInFailure> {
  return signInWithPassword("enterprise", email, password, forwardedFor)
}

/** Registers a new enterprise login (POST /auth/enterprise/emailpass/register); answers the registration token. */
export async function portalRegister(email: string, password: string): Promise<PortalResult<string>> {
  try {
    return { ok: true, data: await sdk().auth.register("enterprise", "emailpass", { email, password }) }
  } catch (error) {
    return failure(error)
  }
}

export interface ApplicationBody {
  applicant_name?: string
  name: string
  credit_code: string
  kind: "company" | "cooperative" | "family_farm"
  county: string
  contact_name: string
  contact_phone: string
  description?: string
  licence_file_url?: string
}

/** POST /enterprise-applications with the registration token. */
export async function submitApplication(token: string, body: ApplicationBody): Promise<PortalCodedResult<{ enterprise: PortalMe["enterprise"] }>> {
  return portalPostCoded(token, "/enterprise-applications", body)
}

/** The signed-in, active enterprise for a portal page; anyone else is sent to sign in (the layout shows the status of inactive ones). */
export async function requirePortalMe(locale: StorefrontLocale): Promise<{ token: string; me: PortalMe }> {
  const session = await getPortalSession()
  if (session.state !== "signed-in") redirect(localePath(locale, "/portal/login"))
  return { token: session.token, me: session.me }
}

// ---- Orders (GET /enterprise/orders, GET /enterprise/orders/:id): only the enterprise's own part ----

export interface PortalOrderItem {
  id: string
  title: string
  product_id: string
  product_title: string | null
  variant_title: string | null
  variant_sku: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  total: number
  fulfilled_quantity: number
  shipped_quantity: number
  unfulfilled_quantity: number
}

export interface PortalFulfilment {
  id: string
  created_at: string
  shipped_at: string | null
  carrier: { code: string; name: { zh: string; en: string } } | null
  tracking_number: string | null
  tracking_url: string | null
  items: { line_item_id: string; quantity: number }[]
}

export interface PortalOrder {
  id: string
  display_id: number
  created_at: string
  status: string
  currency_code: string
  email: string | null
  shipping_address: {
    first_name?: string | null
    last_name?: string | null
    phone?: string | null
    province?: string | null
    city?: string | null
    address_1?: string | null
    address_2?: string | null
    postal_code?: string | null
  } | null
  items: PortalOrderItem[]
  subtotal: number
  total: number
  fulfillment_status: "not_fulfilled" | "partially_fulfilled" | "fulfilled" | "shipped"
  fulfillments: PortalFulfilment[]
  /** The part's own totals (its lines, discounts, parcels); on the single-order view only. */
  totals?: TotalsView
}

export function listPortalOrders(limit: number, offset: number) {
  return portalGet<{ orders: PortalOrder[]; count: number; limit: number; offset: number }>("/enterprise/orders", { limit, offset })
}

export function retrievePortalOrder(id: string) {
  return portalGet<{ order: PortalOrder }>(`/enterprise/orders/${encodeURIComponent(id)}`)
}

// ---- Settlement (GET /enterprise/settlement?from&to) ----

/** A closed statement in the payout list (amounts in fen). */
export interface PortalClosedStatement {
  id: string
  period_from: string
  period_to: string
  status: SettlementStatus
  closed_at: string
  paid_at: string | null
  payout_reference: string | null
  gross_fen: number
  commission_fen: number
  payout_fen: number
}

export function retrievePortalSettlement(from: string, to: string) {
  return portalGet<{ statement: SettlementStatementView; statements: PortalClosedStatement[] }>("/enterprise/settlement", { from, to })
}

// ---- Certificates (GET /enterprise/certificates) ----

export interface PortalCertificate {
  id: string
  number: string
  issuer: string
  subject: "product" | "enterprise" | "base"
  standard_code: string
  category: CertificateCategory
  measured_mg_per_kg: number | null
  test_lab: string | null
  tested_on: string | null
  valid_from: string
  valid_until: string
  revoked_at: string | null
  review_status: "pending" | "approved" | "rejected"
  review_note: string | null
  test_report_url: string | null
  product: { id: string; title: string } | null
  status: "valid" | "expiring" | "expired" | "revoked"
}

export function listPortalCertificates() {
  return portalGet<{ certificates: PortalCertificate[]; count: number }>("/enterprise/certificates")
}

/** The standards a certificate may cite, with the ranges entered for each category (GET /enterprise/standards). */
export function listPortalStandards() {
  return portalGet<{ standards: StandardView[]; count: number }>("/enterprise/standards")
}

/** The active accredited issuers a certificate may come from (GET /enterprise/issuers). */
export function listPortalIssuers() {
  return portalGet<{ issuers: IssuerView[]; count: number }>("/enterprise/issuers")
}

// ---- Trace batches (GET /enterprise/trace-batches) ----

export interface PortalBatch {
  id: string
  gtin: string | null
  lot: string
  produced_on: string
  quantity: number
  inspection_mg_per_kg: number | null
  inspection_lab: string | null
  inspected_on: string | null
  variant: { id: string; title: string; product?: { id: string; title: string } | null } | null
  base: { id: string; name: string } | null
  /** Set once the batch was withdrawn. */
  voided: StaffBatchVoid | null
}

export function listPortalBatches() {
  return portalGet<{ trace_batches: PortalBatch[]; count: number }>("/enterprise/trace-batches")
}

/** The enterprise's own package serials that look counterfeit or that staff confirmed (read-only). */
export function listPortalFlaggedSerials() {
  return portalGet<StaffSerialSignalList>("/enterprise/flagged-serials")
}
