import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AFTER_SALES_LIMITS, type AfterSalesProblemCode, type PartLine } from "@seleno/domain"
import { codedError } from "./coded-error"
import { loadOrders, orderPart, productEnterpriseMap, type OrderPart } from "./enterprise-order-parts"
import { productHandling } from "./product-handling"

/** What the after-sales rules need of an enterprise's part of an order. */
export interface AfterSalesPart {
  order_id: string
  customer_id: string | null
  part: OrderPart
  lines: PartLine[]
  /** When the last shipment of a fully shipped part left, else null. */
  shipped_at: Date | null
}

/** The English wording of each refusal; the storefront and portal word the same codes themselves. */
export const AFTER_SALES_PROBLEM_TEXT: Record<AfterSalesProblemCode, string> = {
  kind_invalid: "kind: choose return_refund or quality_claim",
  reason_invalid: "reason: choose one of the listed reasons",
  reason_kind_mismatch: "reason: this reason does not fit the kind of request (a no-reason return sends the goods back)",
  items_required: "items: name at least one item and how many units",
  item_not_in_part: "items: this item is not in that enterprise's part of the order",
  item_listed_twice: "items: an item is listed twice",
  quantity_invalid: "items: a quantity must be a whole number of at least 1",
  quantity_exceeds: "items: more units than were bought, less those already refunded",
  open_request_exists: "items: these units are already in an open request; wait for its answer",
  not_delivered: "this part has not been delivered yet; confirm receipt first",
  no_reason_window_closed: `no-reason returns are possible within ${AFTER_SALES_LIMITS.noReasonDays} days of delivery`,
  claim_window_closed: `quality claims are possible within ${AFTER_SALES_LIMITS.qualityClaimDays} days of delivery; contact customer service`,
  perishable_no_reason: "perishable goods cannot be returned without a reason (a quality claim is possible)",
  note_too_long: `note: keep it to ${AFTER_SALES_LIMITS.noteMax} characters`,
  too_many_photos: `photos: at most ${AFTER_SALES_LIMITS.photosMax}`,
  photo_empty: "photos: a photo is empty",
  photo_too_large: `photos: a photo may be at most ${AFTER_SALES_LIMITS.photoMaxBytes / 1024 / 1024} MB`,
  photo_not_image: "photos: attach PNG, JPEG or WebP photos",
  not_your_order: "Order was not found",
  part_not_shipped: "this part has not been shipped in full yet",
  already_delivered: "receipt of this part is already confirmed",
  status_not_requested: "this request was already answered",
  status_not_approved: "only an approved return can be received",
  refusal_reason_required: `reason: say why you refuse (up to ${AFTER_SALES_LIMITS.refusalMax} characters)`,
  payment_not_captured: "the order's payment is not captured yet, so nothing can be refunded; ship the part first",
  refund_exceeds_paid: "the refund would exceed what is left of the payment",
  returns_via_after_sales: "Returns are requested through POST /store/orders/:id/after-sales and approved by the enterprise",
}

/** A coded 4xx refusal; nothing has changed when it is thrown. */
export function afterSalesRefusal(code: AfterSalesProblemCode, type: string = "invalid_data", params: Record<string, string | number> = {}) {
  return codedError({ code, params, message: AFTER_SALES_PROBLEM_TEXT[code] }, type)
}

/** The order's owner and when the part was fully shipped; null when the enterprise has no part in it. */
export async function loadAfterSalesPart(container: MedusaContainer, orderId: string, enterpriseId: string): Promise<AfterSalesPart | null> {
  const [order] = await loadOrders(container, [orderId])
  if (!order) return null
  const part = orderPart(order, enterpriseId, await productEnterpriseMap(container, enterpriseId))
  if (!part) return null
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderId } })
  const handling = await productHandling(container, [...new Set(part.items.map((i) => i.product_id))])
  const shipped = part.status === "shipped" ? part.fulfillments.map((f) => (f.shipped_at ? new Date(f.shipped_at).getTime() : 0)) : []
  return {
    order_id: orderId,
    customer_id: (data[0]?.customer_id as string | null) ?? null,
    part,
    lines: part.items.map((i) => ({
      item_id: i.id,
      product_id: i.product_id,
      quantity: i.quantity,
      total_fen: i.charged_fen,
      perishable: handling.get(i.product_id)?.perishable ?? false,
    })),
    shipped_at: shipped.length && shipped.every((t) => t > 0) ? new Date(Math.max(...shipped)) : null,
  }
}
