import type { InvoiceStatus, InvoiceType } from "./vocabulary"

/** A shopper's 发票 request, kept in the cart's and then the order's metadata (`metadata.invoice`). */
export interface InvoiceRequest {
  type: InvoiceType
  /** 个人: the person's name; 单位: the company's name. */
  title: string
  /** 单位 only; null for 个人. */
  taxpayer_id: string | null
}

/** One enterprise's invoice for its part of an order, as the portal and the order page show it. */
export interface PartInvoiceView {
  order_id: string
  order_display_id: number | null
  enterprise_id: string
  enterprise_name: string | null
  request: InvoiceRequest
  status: InvoiceStatus
  issued_at: string | null
  file_name: string | null
}
