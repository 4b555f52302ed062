import { isValidCreditCode } from "./credit-code"

/** A shopper's 发票 (invoice) request, kept in the cart's and then the order's metadata. */
export interface InvoiceRequest {
  title: string
  taxpayer_id: string
}

/**
 * Chinese taxpayer ids: since 2015 the 18-character unified social credit code, whose check
 * character must hold; older ids of 15, 17 or 20 characters are still printed on invoices.
 */
export function isTaxpayerId(input: string): boolean {
  const id = input.trim()
  if (id.length === 18) return isValidCreditCode(id)
  return /^[0-9A-Z]{15,20}$/.test(id)
}

/** The invoice request stored in order or cart metadata, or null when there is none or it is malformed. */
export function readInvoiceRequest(metadata: Record<string, unknown> | null | undefined): InvoiceRequest | null {
  const value = metadata?.invoice
  if (!value || typeof value !== "object") return null
  const { title, taxpayer_id } = value as Record<string, unknown>
  return typeof title === "string" && typeof taxpayer_id === "string" ? { title, taxpayer_id } : null
}
