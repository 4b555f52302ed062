import { model } from "@medusajs/framework/utils"
import { INVOICE_STATUSES, INVOICE_TYPES } from "@seleno/domain"

/**
 * One enterprise's 发票 for its part of an order. Each enterprise invoices what it sold, so an
 * order with a request has one row per enterprise in it: requested until the enterprise uploads
 * the e-invoice PDF (kept private in the file module), then issued.
 */
const PartInvoice = model
  .define("part_invoice", {
    id: model.id({ prefix: "pinv" }).primaryKey(),
    order_id: model.text(),
    enterprise_id: model.text(),
    type: model.enum([...INVOICE_TYPES]),
    title: model.text(),
    taxpayer_id: model.text().nullable(),
    status: model.enum([...INVOICE_STATUSES]).default("requested"),
    file_id: model.text().nullable(),
    file_name: model.text().nullable(),
    issued_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["order_id", "enterprise_id"], unique: true },
    { on: ["enterprise_id", "status"] },
  ])

export default PartInvoice
