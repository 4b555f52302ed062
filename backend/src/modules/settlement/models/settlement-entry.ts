import { model } from "@medusajs/framework/utils"
import { SETTLEMENT_ENTRY_KINDS } from "@seleno/domain"
import SettlementStatement from "./settlement-statement"

/**
 * One line of the settlement ledger, in integer fen: what was captured for an enterprise's part
 * when it shipped (items + its parcel's shipping, plus the platform-funded add-back), or what a
 * received return deducts (refund, and the add-back it takes back, negative). Written once; a
 * statement claims it when staff close a period, which freezes it.
 */
const SettlementEntry = model
  .define("settlement_entry", {
    id: model.id({ prefix: "stent" }).primaryKey(),
    /** Idempotency: "capture:<fulfillment id>" or "return:<return id>:<enterprise id>". */
    source_key: model.text().unique(),
    kind: model.enum([...SETTLEMENT_ENTRY_KINDS]),
    enterprise_id: model.text(),
    order_id: model.text(),
    occurred_at: model.dateTime(),
    items_fen: model.number().default(0),
    shipping_fen: model.number().default(0),
    addback_fen: model.number().default(0),
    refund_fen: model.number().default(0),
    /** Medusa's payment and the capture made for this part (null: captured at authorization). */
    payment_id: model.text().nullable(),
    capture_id: model.text().nullable(),
    fulfillment_id: model.text().nullable(),
    return_id: model.text().nullable(),
    statement: model.belongsTo(() => SettlementStatement, { mappedBy: "entries" }).nullable(),
  })
  .indexes([{ on: ["enterprise_id", "occurred_at"] }, { on: ["order_id"] }])

export default SettlementEntry
