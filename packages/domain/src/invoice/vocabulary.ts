/** 发票 kinds: 个人 (a person; the title is their name, no taxpayer id) or 单位 (a company with its taxpayer id). */
export const INVOICE_TYPES = ["personal", "company"] as const
export type InvoiceType = (typeof INVOICE_TYPES)[number]

/** An enterprise's invoice for its part of an order: requested by the shopper, issued once its PDF is uploaded. */
export const INVOICE_STATUSES = ["requested", "issued"] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

/** Why an invoice request or upload was refused; the storefront and portal translate each code. */
export const INVOICE_ERROR_CODES = [
  "invoice_type",
  "invoice_title",
  "invoice_taxpayer_id",
  "invoice_not_requested",
  "invoice_not_your_part",
  "invoice_file_not_pdf",
  "invoice_file_missing",
] as const
export type InvoiceErrorCode = (typeof INVOICE_ERROR_CODES)[number]
