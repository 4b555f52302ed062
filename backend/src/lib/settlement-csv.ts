import type { MedusaResponse } from "@medusajs/framework/http"
import type { SettlementStatementView } from "@seleno/domain"
import { formatFen } from "./settlement-money"
import { chinaDay } from "./settlement-period"

// Excel opens a UTF-8 CSV as the system code page (GBK in China) unless it starts with a BOM.
const BOM = "\uFEFF"

/** Quotes a field when needed; text that a spreadsheet would run as a formula is defused with a '. */
export function csvField(value: string | number, text = typeof value === "string"): string {
  let field = String(value)
  if (text && /^[=+\-@\t\r]/.test(field)) field = `'${field}`
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}

const HEADER = [
  "企业 enterprise",
  "企业标识 handle",
  "期间起 from",
  "期间止 to",
  "状态 status",
  "订单 order",
  "日期 date",
  "商品 items (CNY)",
  "退款 refunds (CNY)",
  "运费 shipping (CNY)",
  "平台补贴 platform-funded (CNY)",
  "应结 gross (CNY)",
  "佣金 commission (CNY)",
  "应付 payout (CNY)",
  "付款凭证 payout reference",
]

/**
 * Statements as one CSV: each order line of each statement, then the statement's summary row
 * ("合计 total"), amounts as CNY with two decimals. Dates are China calendar days.
 */
export function settlementCsv(statements: SettlementStatementView[]): string {
  const rows: string[][] = []
  for (const st of statements) {
    const head = [csvField(st.enterprise_name), csvField(st.enterprise_handle), csvField(st.period_from), csvField(st.period_to), csvField(st.status)]
    for (const l of st.lines) {
      const order = l.display_id != null ? `#${l.display_id}` : l.order_id
      rows.push([
        ...head,
        csvField(order),
        csvField(chinaDay(l.date)),
        ...[l.items_fen, l.refund_fen, l.shipping_fen, l.addback_fen, l.gross_fen, l.commission_fen, l.payout_fen].map((f) => csvField(formatFen(f), false)),
        "",
      ])
    }
    const s = st.summary
    rows.push([
      ...head,
      csvField(`合计 total (${s.orders})`),
      "",
      ...[s.items_fen, s.refund_fen, s.shipping_fen, s.addback_fen, s.gross_fen, s.commission_fen, s.payout_fen].map((f) => csvField(formatFen(f), false)),
      csvField(st.payout_reference ?? ""),
    ])
  }
  return csvDocument(HEADER, rows)
}

/** A header and rows of already-quoted fields as one CSV document: BOM, CRLF line ends (what Excel expects). */
export function csvDocument(header: readonly string[], rows: readonly string[][]): string {
  return BOM + [header.map((h) => csvField(h)), ...rows].map((r) => r.join(",")).join("\r\n") + "\r\n"
}

/** Sends a CSV document as a private download named `name` (ASCII; other characters become _). */
export function sendCsv(res: MedusaResponse, name: string, csv: string): void {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  // Money and orders of one enterprise: no shared cache may keep them.
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Disposition", `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "_")}"`)
  res.status(200).send(csv)
}

/** Sends statements as a CSV download (Excel-friendly) named after their period. */
export function sendSettlementCsv(res: MedusaResponse, statements: SettlementStatementView[], period: { from: string; to: string }, namePrefix: string): void {
  sendCsv(res, `${namePrefix}-${period.from}-${period.to}.csv`, settlementCsv(statements))
}
