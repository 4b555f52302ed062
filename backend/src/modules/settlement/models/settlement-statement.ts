import { model } from "@medusajs/framework/utils"
import { STORED_SETTLEMENT_STATUSES } from "@seleno/domain"
import SettlementEntry from "./settlement-entry"

/**
 * An enterprise's frozen statement for a period (China calendar days, both included): the totals
 * as closed, in fen, and the entries it claimed. Paid once staff record the payout's reference.
 */
const SettlementStatement = model
  .define("settlement_statement", {
    id: model.id({ prefix: "ststm" }).primaryKey(),
    enterprise_id: model.text(),
    period_from: model.text(),
    period_to: model.text(),
    status: model.enum([...STORED_SETTLEMENT_STATUSES]).default("closed"),
    commission_bps: model.number(),
    orders: model.number(),
    captured_fen: model.number(),
    items_fen: model.number(),
    refund_fen: model.number(),
    shipping_fen: model.number(),
    addback_fen: model.number(),
    gross_fen: model.number(),
    commission_fen: model.number(),
    payout_fen: model.number(),
    closed_at: model.dateTime(),
    closed_by: model.text(),
    paid_at: model.dateTime().nullable(),
    paid_by: model.text().nullable(),
    payout_reference: model.text().nullable(),
    entries: model.hasMany(() => SettlementEntry, { mappedBy: "statement" }),
  })
  .indexes([{ on: ["enterprise_id", "period_from"], unique: true, where: "deleted_at IS NULL" }])

export default SettlementStatement
