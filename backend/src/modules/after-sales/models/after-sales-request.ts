import { model } from "@medusajs/framework/utils"
import { AFTER_SALES_KINDS, AFTER_SALES_REASONS, AFTER_SALES_STATUSES } from "@seleno/domain"

/**
 * A shopper's 售后 request for (some units of) one enterprise's part of an order. Order, items and
 * enterprise are kept as ids: the order is Medusa's, the request only points at it. The Medusa
 * return it became (on approval) is kept too, so receiving continues that return.
 */
const AfterSalesRequest = model
  .define("after_sales_request", {
    id: model.id({ prefix: "asreq" }).primaryKey(),
    order_id: model.text(),
    enterprise_id: model.text(),
    customer_id: model.text(),
    kind: model.enum([...AFTER_SALES_KINDS]),
    reason: model.enum([...AFTER_SALES_REASONS]),
    note: model.text().nullable(),
    status: model.enum([...AFTER_SALES_STATUSES]).default("requested"),
    /** [{ item_id, title, quantity }]: order line items of the enterprise's part. */
    items: model.json(),
    /** The refund in fen: estimated when asked, fixed when paid (refundFenForUnits both times). */
    refund_fen: model.number(),
    /** Photos in Medusa's file module, private: ids only. */
    photo_file_ids: model.json(),
    refusal_reason: model.text().nullable(),
    return_id: model.text().nullable(),
    /** The Medusa refund(s) made, for the record. */
    refund_ids: model.json().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    refunded_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["order_id", "enterprise_id"] }, { on: ["enterprise_id", "status", "created_at"] }])

export default AfterSalesRequest
