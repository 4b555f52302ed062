import type { MedusaResponse } from "@medusajs/framework/http"
import type { SettlementReport } from "./settlement"

// Excel opens a UTF-8 CSV as the system code page (GBK in China) unless it starts with a BOM.
const BOM = "\uFEFF"

const HEADER = [
  "期间起 from",
  "期间止 to",
  "企业 enterprise",
  "企业标识 handle",
  "企业ID enterprise_id",
  "订单数 orders",
  "件数 items",
  "销售额 gross (CNY)",
  "佣金费率 commission_bps",
  "平台佣金 commission (CNY)",
  "应付金额 owed (CNY)",
]

/** Quotes a field when needed; text that a spreadsheet would run as a formula is defused with a '. */
export function csvField(value: string | number, text = typeof value === "string"): string {
  let field = String(value)
  if (text && /^[=+\-@\t\r]/.test(field)) field = `'${field}`
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}

export function settlementCsv(report: SettlementReport): string {
  const rows = report.enterprises.map((l) => [
    csvField(report.from),
    csvField(report.to),
    csvField(l.enterprise_name),
    csvField(l.enterprise_handle),
    csvField(l.enterprise_id),
    csvField(l.orders),
    csvField(l.items),
    csvField(l.gross, false),
    csvField(l.commission_bps),
    csvField(l.commission, false),
    csvField(l.owed, false),
  ])
  const total = ["", "", csvField("合计 total"), "", "", "", "", report.totals.gross, "", report.totals.commission, report.totals.owed]
  return BOM + [HEADER.map((h) => csvField(h)), ...rows, total].map((r) => r.join(",")).join("\r\n") + "\r\n"
}

/** Sends the report as a CSV download (Excel-friendly) named after its period. */
export function sendSettlementCsv(res: MedusaResponse, report: SettlementReport, namePrefix: string): void {
  const name = `${namePrefix}-${report.from}-${report.to}.csv`
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  // Money of one enterprise: no shared cache may keep it.
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Disposition", `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "_")}"`)
  res.status(200).send(settlementCsv(report))
}
