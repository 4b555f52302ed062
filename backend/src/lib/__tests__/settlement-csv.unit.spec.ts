import type { SettlementStatementView } from "@seleno/domain"
import { csvField, settlementCsv } from "../settlement-csv"

describe("csvField", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField("安康, 紫阳")).toBe('"安康, 紫阳"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
  })
  it("defuses text a spreadsheet would run as a formula, but not negative amounts", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField("-13.30", false)).toBe("-13.30")
  })
})

describe("settlementCsv", () => {
  it("starts with a BOM, uses CRLF, one row per order line and the statement's total row", () => {
    const line = { items_fen: 26600, refund_fen: 1000, shipping_fen: 1000, addback_fen: 0, gross_fen: 26600, commission_fen: 1330, payout_fen: 25270 }
    const statement: SettlementStatementView = {
      id: "ststm_1",
      enterprise_id: "ent_1",
      enterprise_handle: "a",
      enterprise_name: "紫阳茶社",
      period_from: "2026-11-01",
      period_to: "2026-11-30",
      status: "paid",
      closed_at: "2026-12-01T02:00:00.000Z",
      paid_at: "2026-12-02T02:00:00.000Z",
      payout_reference: "BANK-42",
      // 2026-11-29T17:00Z is 30 November in China.
      lines: [{ order_id: "order_1", display_id: 7, date: "2026-11-29T17:00:00.000Z", ...line }],
      summary: { orders: 1, captured_fen: 27600, commission_bps: 500, ...line },
    }
    const csv = settlementCsv([statement])
    expect(csv.startsWith("\uFEFF")).toBe(true)
    const rows = csv.slice(1).split("\r\n")
    expect(rows[1]).toBe("紫阳茶社,a,2026-11-01,2026-11-30,paid,#7,2026-11-30,266.00,10.00,10.00,0.00,266.00,13.30,252.70,")
    expect(rows[2]).toBe("紫阳茶社,a,2026-11-01,2026-11-30,paid,合计 total (1),,266.00,10.00,10.00,0.00,266.00,13.30,252.70,BANK-42")
    expect(rows[3]).toBe("")
  })
})
