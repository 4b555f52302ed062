import type { AfterSalesKind, AfterSalesReason, AfterSalesStatus, DeliveryConfirmer } from "./vocabulary"

/** One line of a request: which order item, how many units, the refund they are worth (fen). */
export interface AfterSalesItemView {
  item_id: string
  title: string
  quantity: number
}

/** A request as the shopper and the enterprise see it. Amounts in integer fen. */
export interface AfterSalesRequestView {
  id: string
  order_id: string
  enterprise_id: string
  kind: AfterSalesKind
  reason: AfterSalesReason
  note: string | null
  status: AfterSalesStatus
  items: AfterSalesItemView[]
  refund_fen: number
  photo_count: number
  refusal_reason: string | null
  return_id: string | null
  created_at: string
  decided_at: string | null
  refunded_at: string | null
}

/** When an enterprise's part of an order arrived, and who said so. */
export interface PartDeliveryView {
  order_id: string
  enterprise_id: string
  delivered_at: string
  confirmed_by: DeliveryConfirmer
}
