/** A shopper's 发票 (invoice) request, kept in the cart's and then the order's metadata. */
export interface InvoiceRequest {
  title: string
  taxpayer_id: string
}

/** Chinese taxpayer ids: the 18-character unified social credit code, or older 15–20 character ids. */
export function isTaxpayerId(input: string): boolean {
  return /^[0-9A-Z]{15,20}$/.test(input.trim())
}

/** The invoice request stored in order or cart metadata, or null when there is none or it is malformed. */
export function readInvoiceRequest(metadata: Record<string, unknown> | null | undefined): InvoiceRequest | null {
  const value = metadata?.invoice
  if (!value || typeof value !== "object") return null
  const { title, taxpayer_id } = value as Record<string, unknown>
  return typeof title === "string" && typeof taxpayer_id === "string" ? { title, taxpayer_id } : null
}
