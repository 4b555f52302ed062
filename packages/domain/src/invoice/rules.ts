import { isValidCreditCode } from "../credit-code"
import type { InvoiceRequest } from "./views"
import { INVOICE_TYPES, type InvoiceErrorCode, type InvoiceType } from "./vocabulary"

/**
 * Chinese taxpayer ids: since 2015 the 18-character unified social credit code, whose check
 * character must hold; older ids of 15, 17 or 20 characters are still printed on invoices.
 */
export function isTaxpayerId(input: string): boolean {
  const id = input.trim()
  if (id.length === 18) return isValidCreditCode(id)
  return /^[0-9A-Z]{15,20}$/.test(id)
}

const MAX_TITLE = 100

/**
 * Checks a 发票 request as a shopper sends it: 个人 needs a title (the name) and takes no taxpayer
 * id; 单位 needs the company title and a valid taxpayer id. Returns the request to store, trimmed,
 * or the first problem with a reason a person can act on.
 */
export function checkInvoiceRequest(input: unknown): { request: InvoiceRequest } | { code: InvoiceErrorCode; field: string; reason: string } {
  const value = (input && typeof input === "object" ? input : {}) as Record<string, unknown>
  const type = value.type
  if (typeof type !== "string" || !(INVOICE_TYPES as readonly string[]).includes(type)) {
    return { code: "invoice_type", field: "type", reason: `invoice type must be one of ${INVOICE_TYPES.join(", ")}` }
  }
  const title = typeof value.title === "string" ? value.title.trim() : ""
  if (!title || title.length > MAX_TITLE) {
    return { code: "invoice_title", field: "title", reason: `invoice title is required (at most ${MAX_TITLE} characters)` }
  }
  if (type === "personal") return { request: { type, title, taxpayer_id: null } }
  const taxpayerId = typeof value.taxpayer_id === "string" ? value.taxpayer_id.trim().toUpperCase() : ""
  if (!isTaxpayerId(taxpayerId)) {
    return { code: "invoice_taxpayer_id", field: "taxpayer_id", reason: "a company invoice needs a valid taxpayer id (18-character unified social credit code)" }
  }
  return { request: { type: type as InvoiceType, title, taxpayer_id: taxpayerId } }
}

/**
 * The invoice request stored in order or cart metadata, or null when there is none or it is
 * malformed. Requests stored before 个人 invoices existed have no type: they are 单位.
 */
export function readInvoiceRequest(metadata: Record<string, unknown> | null | undefined): InvoiceRequest | null {
  const value = metadata?.invoice
  if (!value || typeof value !== "object") return null
  const stored = value as Record<string, unknown>
  const checked = checkInvoiceRequest(stored.type === undefined ? { ...stored, type: "company" } : stored)
  return "request" in checked ? checked.request : null
}
