import type { AfterSalesItemView, AfterSalesRequestView, PartDeliveryView } from "@seleno/domain"
import type AfterSalesModuleService from "../modules/after-sales/service"

type RequestRow = Awaited<ReturnType<AfterSalesModuleService["listAfterSalesRequests"]>>[number]
type DeliveryRow = Awaited<ReturnType<AfterSalesModuleService["listPartDeliveries"]>>[number]

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

/** A request as the API answers it; photo file ids stay inside (photos are served by their own route). */
export function toAfterSalesView(row: RequestRow): AfterSalesRequestView {
  return {
    id: row.id,
    order_id: row.order_id,
    enterprise_id: row.enterprise_id,
    kind: row.kind,
    reason: row.reason,
    note: row.note ?? null,
    status: row.status,
    items: (row.items as unknown as AfterSalesItemView[]).map((i) => ({ item_id: i.item_id, title: i.title, quantity: i.quantity })),
    refund_fen: row.refund_fen,
    photo_count: ((row.photo_file_ids as unknown as string[] | null) ?? []).length,
    refusal_reason: row.refusal_reason ?? null,
    return_id: row.return_id ?? null,
    created_at: iso(row.created_at)!,
    decided_at: iso(row.decided_at),
    refunded_at: iso(row.refunded_at),
  }
}

export function toDeliveryView(row: DeliveryRow): PartDeliveryView {
  return { order_id: row.order_id, enterprise_id: row.enterprise_id, delivered_at: iso(row.delivered_at)!, confirmed_by: row.confirmed_by }
}
